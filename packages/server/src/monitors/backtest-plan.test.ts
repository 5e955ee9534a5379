import { describe, expect, it } from "vitest";
import { backtestInstants, backtestStep, MAX_BACKTEST_EVALUATIONS } from "./backtest-plan.js";
import { parseDuration } from "./duration.js";

const ms = (text: string) => parseDuration(text)!;

describe("backtestStep", () => {
  it.each([
    ["7d", "1h", "1h", "1h"],
    ["1d", "5m", "1h", "5m"],
    ["7d", "5m", "1h", "30m"],
    ["7d", "1m", "1h", "30m"],
    ["7d", "5m", "5m", "25m"],
    ["30d", "10m", "1h", "1h30m"],
    ["30d", "1h", "1d", "2h"],
    ["7d", "7m", "1h", "21m"],
    ["366d", "1d", "1d", "1d"],
  ])("%s at every %s with a %s window: %s", (span, every, window, step) => {
    const chosen = backtestStep(ms(span), ms(every), ms(window));
    expect(chosen).toBe(ms(step));
    expect(chosen % ms(every)).toBe(0);
    expect(Math.floor(ms(span) / chosen)).toBeLessThanOrEqual(MAX_BACKTEST_EVALUATIONS);
  });
});

describe("backtestInstants", () => {
  it.each([
    [0, 10, 3, [3, 6, 9]],
    [0, 9, 3, [3, 6, 9]],
    [5, 7, 3, []],
    [100, 100, 1, []],
  ])("from %d to %d every %d", (from, to, step, expected) => {
    expect(backtestInstants(from, to, step)).toEqual(expected);
  });
});
