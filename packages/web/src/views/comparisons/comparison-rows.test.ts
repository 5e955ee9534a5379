import { describe, expect, it } from "vitest";
import { comparisonOf } from "./comparison.test-support";
import {
  benchmarkRows,
  metricNames,
  productionRows,
  replayBusinessRows,
  replayHeadline,
  replayMetricRows,
  verdict,
} from "./comparison-rows";

const definitions = [
  { name: "revenue", unit: "EUR", better: "higher" as const },
  { name: "error_cost", unit: "USD", better: "lower" as const },
];

describe("metricNames", () => {
  it("keeps scalar metrics of every side (a null one if known), headline first, then the rest alphabetically", () => {
    expect(
      metricNames(
        { rows: 3, zeta: 1, logLoss: 0.4, accuracy: 0.8, confusionMatrix: {}, averages: { macro: {} } },
        { alpha: 2, rocAuc: 0.9, prAuc: null, calibration: null },
        null,
      ),
    ).toEqual(["accuracy", "rocAuc", "prAuc", "logLoss", "alpha", "zeta"]);
  });
});

describe("replayMetricRows", () => {
  it("puts served and candidate side by side with candidate − served and the better side", () => {
    const rows = replayMetricRows(comparisonOf().replay!);
    expect(rows.map((r) => [r.metric, r.base, r.candidate, r.better])).toEqual([
      ["accuracy", 0.8, 0.83, "candidate"],
      ["f1", 0.6, 0.6, "tie"],
      ["logLoss", 0.41, 0.45, "base"],
      ["meanError", null, null, null],
    ]);
    expect(rows[0]!.difference).toBeCloseTo(0.03, 12);
    expect(rows[2]!.direction).toBe("lower");
  });

  it("lists a metric only one side has, with no difference", () => {
    const rows = replayMetricRows({
      served: { metrics: { accuracy: 0.8 }, business: {} },
      candidate: { metrics: null, business: {} },
    });
    expect(rows).toEqual([
      { metric: "accuracy", direction: "higher", base: 0.8, candidate: null, difference: null, better: null },
    ]);
  });
});

describe("replayBusinessRows", () => {
  it("follows the definitions' order and directions, then values no longer defined", () => {
    const replay = comparisonOf().replay!;
    const rows = replayBusinessRows(
      {
        ...replay,
        candidate: { ...replay.candidate, business: { ...replay.candidate.business, old_metric: 3 } },
      },
      definitions,
    );
    expect(rows.map((r) => [r.metric, r.unit, r.direction, r.difference, r.better, r.defined])).toEqual([
      ["revenue", "EUR", "higher", 0, "tie", true],
      ["error_cost", "USD", "lower", -1500, "candidate", true],
      ["old_metric", null, null, null, null, false],
    ]);
  });

  it("leaves out a definition the replay did not compute", () => {
    const rows = replayBusinessRows(
      { served: { metrics: null, business: {} }, candidate: { metrics: null, business: {} } },
      definitions,
    );
    expect(rows).toEqual([]);
  });
});

describe("benchmarkRows", () => {
  it("orders headline metrics first and takes a business benchmark's direction from its definition", () => {
    const rows = benchmarkRows(comparisonOf().benchmark, definitions);
    expect(rows.map((r) => [r.metric, r.direction, r.better])).toEqual([
      ["accuracy", "higher", "base"],
      ["rocAuc", "higher", "candidate"],
      ["business.error_cost", "lower", "candidate"],
    ]);
  });

  it("calls no side better for a business benchmark without a definition", () => {
    expect(benchmarkRows(comparisonOf().benchmark, [])[2]).toMatchObject({
      metric: "business.error_cost",
      direction: null,
      better: null,
      difference: -1000,
    });
  });
});

describe("productionRows", () => {
  it.each([
    [
      "metrics",
      comparisonOf().production,
      [
        { metric: "accuracy", value: 0.8 },
        { metric: "logLoss", value: 0.41 },
      ],
    ],
    ["no labelled rows", { rows: 10, labelled: 0, metrics: null, business: {} }, []],
    ["no production", null, []],
  ] as const)("%s", (_, production, rows) => {
    expect(productionRows(production)).toEqual(rows);
  });
});

describe("verdict", () => {
  it("counts the metrics that favour each side", () => {
    expect(verdict(replayMetricRows(comparisonOf().replay!))).toEqual({ candidate: 1, base: 1, tie: 1 });
  });
});

describe("replayHeadline", () => {
  it.each([
    ["accuracy first", comparisonOf(), "accuracy"],
    [
      "the next headline metric when accuracy is missing on a side",
      comparisonOf({
        replay: {
          rows: 10,
          served: { metrics: { accuracy: null, mae: 2 }, business: {} },
          candidate: { metrics: { accuracy: 0.5, mae: 1.5 }, business: {} },
        },
      }),
      "mae",
    ],
    ["nothing without a replay", comparisonOf({ replay: null, replayNote: "no endpoint" }), null],
  ])("%s", (_, comparison, metric) => {
    expect(replayHeadline(comparison)?.metric ?? null).toBe(metric);
  });
});
