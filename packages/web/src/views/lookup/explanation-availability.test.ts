import { describe, expect, it } from "vitest";
import type { VersionInfo } from "../../api/types";
import { explanationUnavailable } from "./explanation-availability";

const version = (name: string, endpoint: string | null): VersionInfo => ({
  version: name,
  description: null,
  tags: [],
  metrics: {},
  endpoint,
  createdAt: "2026-01-01T00:00:00Z",
  reference: null,
});

describe("explanationUnavailable", () => {
  const versions = [version("v1", "http://model:8080/predict"), version("v2", null)];
  it.each([
    ["v1", null],
    ["v3", null],
    ["v2", "Version v2 has no prediction endpoint"],
  ])("%s", (name, text) => {
    const reason = explanationUnavailable(name, versions);
    if (text === null) expect(reason).toBeNull();
    else expect(reason).toContain(text);
  });
});
