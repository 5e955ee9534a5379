import { describe, expect, it } from "vitest";
import { autoInterval, readViewState, resolveWindow, windowQuery, writeViewState } from "./view-state";

const NOW = Date.parse("2026-11-28T12:00:00Z");

describe("readViewState", () => {
  it.each([
    ["", {}],
    ["range=30d&interval=1d", { range: "30d", interval: "1d" }],
    ["range=9y&interval=2m", {}],
    [
      "from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z&range=7d",
      { from: "2026-11-01T00:00:00Z", to: "2026-11-02T00:00:00Z" },
    ],
    ["from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z&range=7d", { range: "7d" }],
    ["from=yesterday&to=today", {}],
    [
      "version=champion&segment=channel:partner&feature=age",
      { version: "champion", segment: "channel:partner", feature: "age" },
    ],
    ["segment=partner&version=", {}],
    ["segment=url:http://x", { segment: "url:http://x" }],
  ])("%s", (query, expected) => {
    expect(readViewState(new URLSearchParams(query))).toEqual(expected);
  });
});

describe("writeViewState", () => {
  it("a range replaces a fixed window, a fixed window replaces the range, other keys stay", () => {
    const fixed = writeViewState(new URLSearchParams("range=7d&tab=x"), { from: "a", to: "b" });
    expect(fixed.toString()).toBe("tab=x&from=a&to=b");
    const ranged = writeViewState(fixed, { range: "24h" });
    expect(ranged.toString()).toBe("tab=x&range=24h");
    expect(writeViewState(ranged, { range: undefined }).toString()).toBe("tab=x");
  });
});

describe("resolveWindow", () => {
  it("defaults to the last 7 days, live, hourly", () => {
    expect(resolveWindow({}, NOW)).toEqual({
      from: NOW - 7 * 86_400_000,
      to: NOW,
      interval: "1h",
      live: true,
    });
  });
  it("a fixed window is not live and carries version and segment", () => {
    const w = resolveWindow(
      { from: "2026-11-01T00:00:00Z", to: "2026-11-01T03:00:00Z", version: "v1", segment: "a:b" },
      NOW,
    );
    expect(w).toEqual({
      from: Date.parse("2026-11-01T00:00:00Z"),
      to: Date.parse("2026-11-01T03:00:00Z"),
      interval: "5m",
      live: false,
      version: "v1",
      segment: "a:b",
    });
    expect(windowQuery(w)).toEqual({
      from: "2026-11-01T00:00:00.000Z",
      to: "2026-11-01T03:00:00.000Z",
      version: "v1",
      segment: "a:b",
    });
  });
  it("coarsens an interval that would give more than 2,000 buckets", () => {
    expect(resolveWindow({ range: "30d", interval: "5m" }, NOW).interval).toBe("1d");
    expect(resolveWindow({ range: "30d", interval: "1h" }, NOW).interval).toBe("1h");
    expect(resolveWindow({ range: "24h", interval: "5m" }, NOW).interval).toBe("5m");
  });
  it.each([
    [3_600_000, "5m"],
    [6 * 3_600_000, "5m"],
    [86_400_000, "1h"],
    [7 * 86_400_000, "1h"],
    [30 * 86_400_000, "1d"],
    [90 * 86_400_000, "1d"],
  ])("autoInterval(%i) = %s", (span, interval) => {
    expect(autoInterval(span)).toBe(interval);
  });
});
