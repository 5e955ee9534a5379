import { describe, expect, it } from "vitest";
import type { BusinessMetricInfo } from "../performance/business-metrics";
import {
  businessCompareRows,
  businessDifferenceText,
  businessRateText,
  businessValueText,
} from "./compare-business";
import type { CompareAnswer, CompareSide } from "./compare-types";

const side = (
  version: string,
  business: Record<string, number | null> | undefined,
  {
    benchmark = {},
    labelled = 90,
    rows = 100,
  }: { benchmark?: Record<string, number>; labelled?: number; rows?: number } = {},
): CompareSide => ({
  requested: version,
  version,
  rows,
  labelled,
  metrics: null,
  benchmark,
  ...(business !== undefined ? { business } : {}),
});

const answer = (a: CompareSide, b: CompareSide): CompareAnswer => ({
  window: { from: "2026-11-01T00:00:00.000Z", to: "2026-11-08T00:00:00.000Z", segment: null },
  a,
  b,
  predictionDrift: [],
});

const COST = "120 * fn + 15 * fp";
const RATIO = "tp / (tp + fp)";

const metric = (
  name: string,
  better: "lower" | "higher",
  expression = RATIO,
  unit: string | null = "USD",
): BusinessMetricInfo => ({ name, expression, unit, better, description: null, metric: `business.${name}` });

describe("businessCompareRows", () => {
  it.each([
    ["lower is better: the smaller B wins", "lower", 0.5, 0.4, "b"],
    ["lower is better: the smaller A wins", "lower", 0.4, 0.5, "a"],
    ["higher is better: the larger B wins", "higher", 0.4, 0.5, "b"],
    ["a tie has no winner", "lower", 0.5, 0.5, null],
    ["a side without labelled rows has no winner", "lower", null, 0.5, null],
  ] as const)("%s", (_, better, a, b, winner) => {
    const [row] = businessCompareRows(answer(side("v1", { m: a }), side("v2", { m: b })), [
      metric("m", better),
    ]);
    expect(row!.betterSide).toBe(winner);
    expect(row!.basis).toBeNull();
  });

  it("compares a metric that grows with traffic per labelled prediction: less traffic does not win by itself", () => {
    const rows = businessCompareRows(
      answer(
        side("v1", { error_cost: 1200 }, { benchmark: { "business.error_cost": 1000 }, labelled: 100 }),
        side("v2", { error_cost: 900 }, { labelled: 50 }),
      ),
      [metric("error_cost", "lower", COST)],
    );
    expect(rows).toEqual([
      expect.objectContaining({
        name: "error_cost",
        unit: "USD",
        better: "lower",
        basis: "labelled",
        a: { value: 1200, rate: 12, benchmark: 1000 },
        b: { value: 900, rate: 18, benchmark: null },
        difference: 6,
        relative: 0.5,
        betterSide: "a",
      }),
    ]);
  });

  it("divides a label-free metric by all predictions, and has no rate without any", () => {
    const [row] = businessCompareRows(
      answer(side("v1", { infra: 2 }, { rows: 200 }), side("v2", { infra: 0 }, { rows: 0, labelled: 0 })),
      [metric("infra", "lower", "0.01 * count")],
    );
    expect(row).toMatchObject({
      basis: "prediction",
      a: { rate: 0.01 },
      b: { rate: null },
      difference: null,
    });
  });

  it("lists defined metrics first (even without values), then ones only the answer holds, without a direction", () => {
    const rows = businessCompareRows(answer(side("v1", { zombie: 3, cost: null }), side("v2", undefined)), [
      metric("cost", "lower"),
      metric("revenue", "higher"),
    ]);
    expect(rows.map((r) => [r.name, r.better, r.a.value, r.b.value])).toEqual([
      ["cost", "lower", null, null],
      ["revenue", "higher", null, null],
      ["zombie", null, 3, null],
    ]);
  });

  it("has no relative change when A is zero", () => {
    const [row] = businessCompareRows(answer(side("v1", { m: 0 }), side("v2", { m: 5 })), [
      metric("m", "lower"),
    ]);
    expect(row!.difference).toBe(5);
    expect(row!.relative).toBeNull();
  });
});

describe("business texts", () => {
  it.each([
    [1234.5, "USD", "1,234.5 USD"],
    [0.25, null, "0.25"],
    [null, "USD", "—"],
  ] as const)("value %s %s → %s", (value, unit, text) => {
    expect(businessValueText(value, unit)).toBe(text);
  });

  it("says what a rate is per", () => {
    expect(businessRateText(12.5, "USD", "labelled")).toBe("12.5 USD per labelled prediction");
    expect(businessRateText(0.01, null, "prediction")).toBe("0.01 per prediction");
  });

  it.each([
    [{ difference: -300, relative: -0.25, unit: "USD", basis: null }, "−300 USD (−25%)"],
    [
      { difference: 6, relative: 0.5, unit: "USD", basis: "labelled" },
      "+6 USD per labelled prediction (+50%)",
    ],
    [{ difference: 5, relative: null, unit: null, basis: null }, "+5"],
    [{ difference: null, relative: null, unit: "USD", basis: null }, "—"],
  ] as const)("difference %j → %s", (row, text) => {
    expect(businessDifferenceText(row)).toBe(text);
  });
});
