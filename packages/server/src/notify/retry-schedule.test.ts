import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, nextAttemptAt, RETRY_DELAYS_MS } from "./retry-schedule.js";

describe("nextAttemptAt", () => {
  it("backs off over about ten minutes, with a quarter of jitter, and gives up after five tries", () => {
    expect(MAX_ATTEMPTS).toBe(5);
    expect(nextAttemptAt(1, 0, 1 - 1e-9)).toBeCloseTo(30_000, -1);
    expect(nextAttemptAt(1, 0, 0)).toBe(22_500);
    expect(nextAttemptAt(4, 1000, 0.5)).toBe(1000 + 360_000 * 0.875);
    expect(nextAttemptAt(5, 0, 0.5)).toBeNull();
    const total = RETRY_DELAYS_MS.reduce((a, b) => a + b, 0);
    expect(total / 60_000).toBe(10);
  });
});
