import { describe, expect, it } from "vitest";
import { findShiftedSlices } from "./find-shifted-slices.js";
import { label, numbers, plant, seeded, strings } from "./planted-data.test-support.js";

describe("findShiftedSlices", () => {
  it("finds the slice whose share of traffic grew, matching categories by text across dictionaries", () => {
    const before = plant(() => 0.9, 6);
    const next = seeded(7);
    const ages = Array.from({ length: 3000 }, () => Math.round(18 + next() * 60));
    // Current: the same channels in another dictionary order, and twice as many people over 65.
    const channels = Array.from(
      { length: 3000 },
      () => ["partner", "web", "mobile"][Math.floor(next() * 3)]!,
    );
    for (let i = 0; i < 600; i++) ages[i] = 66 + Math.floor(next() * 12);
    const current = [
      strings("channel", channels, ["partner", "web", "mobile"]),
      numbers("age", ages),
      strings(
        "region",
        ages.map(() => "north"),
        ["north"],
      ),
    ];
    const found = findShiftedSlices({ current, baseline: before.columns, pairs: false });
    const top = found.slices.map(label);
    // Region collapsed onto north and the oldest age bin swelled: both grew; channels did not.
    expect(top.slice(0, 2).sort()).toEqual(["age:range", "region=north"]);
    expect(found.slices.some((s) => s.conditions[0]!.feature === "channel" && s.significant)).toBe(false);
    const age = found.slices.find((s) => s.conditions[0]!.feature === "age")!;
    expect(age.conditions[0]).toMatchObject({ kind: "range", upper: null });
    expect(age.value).toBeGreaterThan(age.rest);
  });

  it("reports a conjunction whose share grew beyond its parts, and none its parts explain", () => {
    const before = plant(() => 0.9, 10);
    const next = seeded(11);
    const channels = Array.from(
      { length: 4000 },
      () => ["web", "mobile", "partner"][Math.floor(next() * 3)]!,
    );
    // Mobile users now skew old; the other channels keep the baseline's ages.
    const ages = channels.map((c) =>
      c === "mobile" && next() < 0.5 ? 70 + Math.floor(next() * 8) : Math.round(18 + next() * 60),
    );
    const regions = ["north", "south", "east", "west"];
    const current = [
      strings("channel", channels, ["web", "mobile", "partner"]),
      numbers("age", ages),
      strings(
        "region",
        channels.map(() => regions[Math.floor(next() * 4)]!),
        regions,
      ),
    ];
    const found = findShiftedSlices({ current, baseline: before.columns });
    const pairs = found.slices.filter((s) => s.conditions.length === 2 && s.significant);
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) {
      expect(pair.conditions.map((c) => c.feature).sort()).toEqual(["age", "channel"]);
      expect(pair.conditions).toContainEqual({ feature: "channel", kind: "category", value: "mobile" });
    }
  });
});
