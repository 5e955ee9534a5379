import { describe, expect, it } from "vitest";
import { formatDuration, parseDuration } from "./duration.js";

describe("parseDuration", () => {
  it.each([
    ["0m", 0],
    ["30s", 30_000],
    ["5m", 300_000],
    ["1h", 3_600_000],
    ["1h30m", 5_400_000],
    ["7d", 604_800_000],
    ["1w", 604_800_000],
    ["250ms", 250],
  ])("%s is %d ms", (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
    expect(parseDuration(formatDuration(ms))).toBe(ms);
  });

  it.each(["", "5", "m", "5 m", "-5m", "1.5h", "5M", "1y", "h1"])("rejects %j", (text) => {
    expect(parseDuration(text)).toBeNull();
  });

  it("formats with the largest units first", () => {
    expect(formatDuration(5_400_000)).toBe("1h30m");
    expect(formatDuration(0)).toBe("0s");
    expect(formatDuration(86_400_000 + 1)).toBe("1d1ms");
  });
});
