import { describe, expect, it } from "vitest";
import { versionLabel } from "./version-label";

describe("versionLabel", () => {
  const alias = (name: string, version: string) => ({
    alias: name,
    version,
    updatedAt: "2026-01-01T00:00:00Z",
    updatedBy: "k",
  });
  it.each([
    ["v1", [alias("champion", "v1"), alias("challenger", "v2")], "v1 (champion)"],
    ["v2", [alias("stable", "v2"), alias("challenger", "v2")], "v2 (challenger, stable)"],
    ["v3", [alias("champion", "v1")], "v3"],
  ])("%s", (version, aliases, label) => {
    expect(versionLabel(version, aliases)).toBe(label);
  });
});
