import { describe, expect, it } from "vitest";
import type { AliasInfo, VersionInfo } from "../../api/types";
import { benchmarkLines } from "./metric-benchmark";

const version = (name: string, metrics: Record<string, number>): VersionInfo => ({
  version: name,
  description: null,
  tags: [],
  metrics,
  endpoint: null,
  createdAt: "2026-01-01",
  reference: null,
});
const alias = (name: string, v: string): AliasInfo => ({
  alias: name,
  version: v,
  updatedAt: "",
  updatedBy: "",
});

const VERSIONS = [version("v1", { accuracy: 0.84, ece: 0.03 }), version("v2", { accuracy: 0.86 })];
const ALIASES = [alias("champion", "v1"), alias("challenger", "v2")];

describe("benchmark resolution", () => {
  it.each([
    ["accuracy", undefined, ALIASES, [0.84, "benchmark v1"]],
    ["accuracy", "v2", ALIASES, [0.86, "benchmark v2"]],
    ["accuracy", "challenger", ALIASES, [0.86, "benchmark v2"]],
    ["ece", "champion", ALIASES, [0.03, "benchmark v1"]],
    ["ece", "challenger", ALIASES, null],
    ["accuracy", "v9", ALIASES, null],
    ["accuracy", undefined, [], null],
  ] as const)("%s with %s", (metric, chosen, aliases, expected) => {
    const lines = benchmarkLines(metric, VERSIONS, aliases, chosen);
    expect(lines.map((l) => [l.value, l.label])).toEqual(expected === null ? [] : [expected]);
  });
});
