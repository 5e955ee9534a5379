import { describe, expect, it } from "vitest";
import type { AliasInfo, VersionInfo } from "../../api/types";
import { benchmarkOf, mainMetric, predictionMetrics, versionLabel, versionsToDraw } from "./overview-shape";

const version = (name: string, createdAt: string, metrics: Record<string, number> = {}): VersionInfo => ({
  version: name,
  description: null,
  tags: [],
  metrics,
  endpoint: null,
  createdAt,
  reference: null,
});
const alias = (name: string, v: string): AliasInfo => ({
  alias: name,
  version: v,
  updatedAt: "",
  updatedBy: "",
});

const VERSIONS = [
  version("v1", "2026-01-01", { accuracy: 0.84 }),
  version("v2", "2026-02-01", { accuracy: 0.86 }),
  version("v3", "2026-03-01"),
  version("v4", "2026-04-01"),
  version("v5", "2026-05-01"),
];
const ALIASES = [alias("champion", "v1"), alias("challenger", "v2"), alias("canary", "v2")];

describe("overview shaping", () => {
  it("draws aliased versions first, then the newest, four at most", () => {
    expect(versionsToDraw(VERSIONS, ALIASES, undefined)).toEqual(["v1", "v2", "v5", "v4"]);
    expect(versionsToDraw(VERSIONS, ALIASES, "challenger")).toEqual(["v2"]);
    expect(versionsToDraw(VERSIONS, ALIASES, "v3")).toEqual(["v3"]);
  });
  it("labels a version with its aliases", () => {
    expect(versionLabel("v2", ALIASES)).toBe("v2 (challenger, canary)");
    expect(versionLabel("v3", ALIASES)).toBe("v3");
  });
  it("takes the benchmark of the chosen version, else the champion's", () => {
    expect(benchmarkOf("accuracy", VERSIONS, ALIASES, undefined)).toEqual({ version: "v1", value: 0.84 });
    expect(benchmarkOf("accuracy", VERSIONS, ALIASES, "challenger")).toEqual({ version: "v2", value: 0.86 });
    expect(benchmarkOf("accuracy", VERSIONS, ALIASES, "v3")).toBeNull();
    expect(benchmarkOf("accuracy", VERSIONS, [], undefined)).toBeNull();
  });
  it("picks metrics by task", () => {
    expect(mainMetric("regression")).toBe("rmse");
    expect(mainMetric("binary")).toBe("accuracy");
    expect(predictionMetrics("binary", [])).toEqual(["prediction.mean", "score.mean"]);
    expect(predictionMetrics("multiclass", ["a", "b"])).toEqual(["prediction.share.a", "prediction.share.b"]);
  });
});
