import { describe, expect, it } from "vitest";
import { classifyStatus } from "./attempt-outcome.js";
import { backoffDelay, retryAfterMs } from "./backoff-delay.js";

describe("backoffDelay", () => {
  it.each([
    // attempt, random, expected ms with base 200 and cap 10,000
    [0, 0.999999, 199],
    [1, 0.5, 200],
    [3, 1, 1600],
    [5, 1, 6400],
    [6, 1, 10_000],
    [30, 1, 10_000],
    [4, 0, 0],
  ])("attempt %i with random %f waits %i ms", (attempt, random, expected) => {
    expect(backoffDelay(attempt, 200, 10_000, () => random)).toBe(expected);
  });
});

describe("retryAfterMs", () => {
  const now = Date.parse("2026-03-01T12:00:00Z");
  it.each([
    [null, undefined],
    ["0", 0],
    ["2", 2000],
    [" 120 ", 120_000],
    ["Sun, 01 Mar 2026 12:00:05 GMT", 5000],
    ["Sun, 01 Mar 2026 11:00:00 GMT", 0],
    ["-1", undefined],
    ["soon", undefined],
  ])("reads %j as %j ms", (header, expected) => {
    expect(retryAfterMs(header, now)).toBe(expected);
  });
});

describe("classifyStatus", () => {
  it.each([
    [200, "delivered"],
    [204, "delivered"],
    [400, "reject"],
    [401, "reject"],
    [403, "reject"],
    [404, "reject"],
    [408, "reject"],
    [413, "reject"],
    [429, "retry"],
    [500, "retry"],
    [502, "retry"],
    [503, "retry"],
  ])("%i → %s", (status, expected) => {
    expect(classifyStatus(status)).toBe(expected);
  });
});
