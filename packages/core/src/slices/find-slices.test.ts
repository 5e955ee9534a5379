import { describe, expect, it } from "vitest";
import { findSlices } from "./find-slices.js";
import { label, plant } from "./planted-data.test-support.js";

describe("findSlices", () => {
  it("puts a planted failing segment on top, significant, and nothing significant where nothing fails", () => {
    const p = plant((r) => (r.channel === "partner" ? 0.55 : 0.9));
    const found = findSlices({
      columns: p.columns,
      outcome: { kind: "rate", values: p.right, worse: "lower" },
    });
    expect(label(found.slices[0]!)).toBe("channel=partner");
    expect(found.slices[0]!.significant).toBe(true);
    expect(found.slices[0]!.value).toBeLessThan(0.6);
    expect(found.slices[0]!.rest).toBeGreaterThan(0.88);
    expect(found.rows).toBe(5000);
    // Conjunctions inside the partner segment are no worse than it beyond chance: the single explains them.
    expect(found.slices.filter((s) => s.conditions.length === 2).map(label)).toEqual([]);

    const quiet = plant(() => 0.9, 2);
    const none = findSlices({
      columns: quiet.columns,
      outcome: { kind: "rate", values: quiet.right, worse: "lower" },
    });
    expect(none.slices.filter((s) => s.significant)).toEqual([]);
  });

  it("finds a planted conjunction that neither of its parts explains", () => {
    const p = plant((r) => (r.channel === "mobile" && r.age >= 60 ? 0.3 : 0.9), 3);
    const found = findSlices({
      columns: p.columns,
      outcome: { kind: "rate", values: p.right, worse: "lower" },
    });
    const top = found.slices[0]!;
    expect(top.conditions).toHaveLength(2);
    expect(top.conditions.map((c) => c.feature).sort()).toEqual(["age", "channel"]);
    expect(top.conditions).toContainEqual({ feature: "channel", kind: "category", value: "mobile" });
    expect(top.significant).toBe(true);
  });

  it("uses Welch's t for a mean error, skips unknown outcomes and respects the minimum support", () => {
    const p = plant((r) => (r.region === null ? 0.2 : 0.9), 4);
    const error = Float64Array.from(p.error);
    for (let i = 0; i < 100; i++) error[i] = Number.NaN;
    const found = findSlices({
      columns: p.columns,
      outcome: { kind: "mean", values: error, worse: "higher" },
    });
    expect(found.rows).toBe(4900);
    expect(found.slices[0]!.conditions).toEqual([{ feature: "region", kind: "missing" }]);
    for (const s of found.slices) expect(s.size).toBeGreaterThanOrEqual(50);
    const strict = findSlices({
      columns: p.columns,
      outcome: { kind: "mean", values: error, worse: "higher" },
      minRows: 1000,
    });
    for (const s of strict.slices) expect(s.size).toBeGreaterThanOrEqual(1000);
    expect(strict.slices.some((s) => s.conditions[0]!.kind === "missing")).toBe(false);
  });

  it("with a baseline, ranks the slice that broke above one that was always harder", () => {
    // North is always harder (0.45); partner breaks only now (0.6). The baseline lacks the channel column, as a reference may.
    const before = plant((r) => (r.region === "north" ? 0.45 : 0.9), 8);
    const now = plant((r) => (r.region === "north" ? 0.45 : r.channel === "partner" ? 0.6 : 0.9), 9);
    const baseline = {
      columns: before.columns.filter((c) => c.name !== "channel"),
      outcome: { kind: "rate" as const, values: before.right, worse: "lower" as const },
    };
    const found = findSlices({
      columns: now.columns,
      outcome: { kind: "rate", values: now.right, worse: "lower" },
      baseline,
    });
    expect(label(found.slices[0]!)).toBe("channel=partner");
    expect(found.slices[0]!.baseline).toBeNull();
    const north = found.slices.find((s) => label(s) === "region=north")!;
    expect(north.baseline!).toBeLessThan(0.55);
    // Its gap to the rest even narrowed: the rest now holds the broken partner rows.
    expect(north.change!).toBeLessThan(0.02);
    // Without the baseline, north's wider gap would come first.
    const plain = findSlices({
      columns: now.columns,
      outcome: { kind: "rate", values: now.right, worse: "lower" },
    });
    expect(label(plain.slices[0]!)).not.toBe("channel=partner");
  });

  it("searches only the rows it is given", () => {
    const p = plant((r) => (r.channel === "partner" ? 0.5 : 0.9), 5);
    const rows = Int32Array.from({ length: 2000 }, (_, i) => i);
    const found = findSlices({
      columns: p.columns,
      rows,
      outcome: { kind: "rate", values: p.right, worse: "lower" },
    });
    expect(found.rows).toBe(2000);
    expect(found.slices[0]!.size).toBeLessThan(2000);
  });
});
