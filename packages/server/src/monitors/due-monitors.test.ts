import { describe, expect, it } from "vitest";
import { dueMonitors } from "./due-monitors.js";
import type { Monitor } from "./monitor-spec.js";

const monitor = (id: string, every: string, extra: Partial<Monitor> = {}): Monitor =>
  ({ id, every, enabled: true, updatedAt: 0, ...extra }) as Monitor;

describe("dueMonitors", () => {
  it("picks monitors never evaluated, edited since, or whose period has passed", () => {
    const monitors = [
      monitor("new", "5m"),
      monitor("recent", "5m"),
      monitor("old", "5m"),
      monitor("edited", "1h", { updatedAt: 1_000_000 }),
      monitor("off", "10s", { enabled: false }),
    ];
    const last = new Map([
      ["recent", 1_000_000 - 60_000],
      ["old", 1_000_000 - 300_000],
      ["edited", 999_000],
    ]);
    expect(dueMonitors(monitors, last, 1_000_000).map((m) => m.id)).toEqual(["new", "old", "edited"]);
  });
});
