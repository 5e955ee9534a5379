import { describe, expect, it } from "vitest";
import type { AliasInfo, VersionInfo } from "../../api/types";
import { chosenSides, defaultSides, sideLabel, sideOptions } from "./compare-sides";

const version = (name: string, createdAt: string): VersionInfo => ({
  version: name,
  description: null,
  tags: [],
  metrics: {},
  endpoint: null,
  createdAt,
  reference: null,
});
const alias = (name: string, target: string): AliasInfo => ({
  alias: name,
  version: target,
  updatedAt: "2026-11-01T00:00:00.000Z",
  updatedBy: "key_1",
});
const v1 = version("v1", "2026-10-01T00:00:00.000Z");
const v2 = version("v2", "2026-10-02T00:00:00.000Z");
const v3 = version("v3", "2026-10-03T00:00:00.000Z");

describe("defaultSides", () => {
  it.each([
    [
      "champion vs challenger",
      [alias("champion", "v1"), alias("challenger", "v2")],
      [v1, v2, v3],
      { a: "champion", b: "challenger" },
    ],
    [
      "champion vs the newest other version",
      [alias("champion", "v3")],
      [v1, v2, v3],
      { a: "champion", b: "v2" },
    ],
    ["the two newest versions, older first", [], [v1, v3, v2], { a: "v2", b: "v3" }],
    ["nothing with one version", [alias("champion", "v1")], [v1], null],
    ["nothing without versions", [], [], null],
  ] as const)("%s", (_, aliases, versions, expected) => {
    expect(defaultSides(aliases, versions)).toEqual(expected);
  });
});

describe("chosenSides", () => {
  it.each([
    [undefined, undefined, { a: "champion", b: "challenger" }, { a: "champion", b: "challenger" }],
    ["v1", undefined, { a: "champion", b: "challenger" }, { a: "v1", b: "challenger" }],
    ["v1", "v2", null, { a: "v1", b: "v2" }],
    ["v1", undefined, null, null],
  ] as const)("a=%s b=%s", (a, b, defaults, expected) => {
    expect(chosenSides(a, b, defaults)).toEqual(expected);
  });
});

describe("sideLabel and sideOptions", () => {
  const aliases = [alias("champion", "v1"), alias("canary", "v1")];
  it("names what an alias points at and which aliases point at a version", () => {
    expect(sideLabel("champion", aliases)).toBe("champion (v1)");
    expect(sideLabel("v1", aliases)).toBe("v1 (champion, canary)");
    expect(sideLabel("v2", aliases)).toBe("v2");
  });
  it("offers aliases, versions newest first, and a stale name from the URL", () => {
    expect(sideOptions(aliases, [v1, v2], "v9").map((o) => `${o.group}:${o.value}`)).toEqual([
      "Aliases:champion",
      "Aliases:canary",
      "Versions:v2",
      "Versions:v1",
      "Other:v9",
    ]);
    expect(sideOptions(aliases, [v1], "v1")).toHaveLength(3);
  });
});
