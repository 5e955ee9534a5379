import { describe, expect, it } from "vitest";
import { durationMs } from "./duration-ms";

describe("durationMs", () => {
  it.each([
    ["30s", 30_000],
    ["5m", 300_000],
    ["1h30m", 5_400_000],
    ["2d", 172_800_000],
    ["1w", 604_800_000],
    ["", null],
    ["5 m", null],
    ["1y", null],
  ])("%j → %s", (text, ms) => {
    expect(durationMs(text)).toBe(ms);
  });
});
