import { describe, expect, it } from "vitest";
import { compareRows } from "./compare-rows";
import type { CompareAnswer, CompareSide } from "./compare-types";

const side = (
  version: string,
  metrics: Record<string, unknown> | null,
  benchmark: Record<string, number>,
): CompareSide => ({ requested: version, version, rows: 100, labelled: 90, metrics, benchmark });

const answer = (a: CompareSide, b: CompareSide): CompareAnswer => ({
  window: { from: "2026-11-01T00:00:00.000Z", to: "2026-11-08T00:00:00.000Z", segment: null },
  a,
  b,
  predictionDrift: [],
});

describe("compareRows", () => {
  it("puts production beside benchmark with the gap and the difference between sides", () => {
    const rows = compareRows(
      answer(
        side(
          "v1",
          { rows: 90, accuracy: 0.84, f1: 0.64, confusionMatrix: { labels: [], matrix: [] } },
          {
            accuracy: 0.85,
          },
        ),
        side("v2", { rows: 90, accuracy: 0.83, f1: 0.66 }, { accuracy: 0.851, f1: 0.65 }),
      ),
      "binary",
    );
    expect(rows.map((r) => r.metric)).toEqual(["accuracy", "f1"]);
    const [accuracy, f1] = rows;
    expect(accuracy!.a.production).toBe(0.84);
    expect(accuracy!.a.gap).toBeCloseTo(-0.01);
    expect(accuracy!.difference).toBeCloseTo(-0.01);
    expect(accuracy!.better).toBe("a");
    expect(f1!.a.benchmark).toBeNull();
    expect(f1!.a.gap).toBeNull();
    expect(f1!.better).toBe("b");
  });

  it.each([
    ["lower is better: the smaller log loss wins", "logLoss", 0.4, 0.3, "b"],
    ["higher is better: the larger accuracy wins", "accuracy", 0.9, 0.8, "a"],
    ["a tie has no winner", "accuracy", 0.8, 0.8, null],
  ] as const)("%s", (_, metric, a, b, better) => {
    const rows = compareRows(
      answer(side("v1", { [metric]: a }, {}), side("v2", { [metric]: b }, {})),
      "binary",
    );
    expect(rows[0]!.better).toBe(better);
  });

  it("keeps benchmark-only metrics after the task's own, leaving out business ones and metrics nobody has", () => {
    const rows = compareRows(
      answer(
        side("v1", null, { latencyMs: 12, rmse: 3, "business.cost": 40 }),
        side("v2", null, { coverage: 0.5 }),
      ),
      "regression",
    );
    expect(rows.map((r) => r.metric)).toEqual(["rmse", "coverage", "latencyMs"]);
    expect(rows[0]!.difference).toBeNull();
    expect(rows[0]!.better).toBeNull();
  });

  it("ignores non-numeric and non-finite production values", () => {
    const rows = compareRows(
      answer(side("v1", { accuracy: Number.NaN, r2: "x" }, {}), side("v2", { accuracy: null }, {})),
      "binary",
    );
    expect(rows).toEqual([]);
  });
});
