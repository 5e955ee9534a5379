import { describe, expect, it } from "vitest";
import type { FairnessAttribute } from "../report/types.js";
import { gatherRows } from "./gather-rows.js";
import type { ModelSpec, MonitoredRows } from "./monitored-rows.js";
import { FEATURES, labels, monitoredWindow, numbers, seeded } from "./monitored-rows.test-support.js";
import { FAIRNESS_METRICS } from "./series-metric.js";
import { windowReport } from "./window-report.js";
import { windowSeries } from "./window-series.js";

const ROWS = 1600;
const SENSITIVE = ["c", "k", "x", "region.code"];

/** A window with a segment whose groups hold dots, and predictions missing or absent as `predictions` says. */
function window(task: ModelSpec["task"], seed: number, predictions: "all" | "some" | "none"): MonitoredRows {
  const rows = monitoredWindow(task, { rows: ROWS, seed, newCategory: true });
  const next = seeded(seed + 100);
  const region = labels(
    "region.code",
    Int32Array.from({ length: ROWS }, () => (next() < 0.05 ? -1 : Math.floor(next() * 3))),
    ["n.1", "s.2", "w"],
  );
  const { prediction, ...rest } = rows;
  if (predictions === "none" || prediction?.column.kind !== "categorical")
    return { ...rest, segments: [region] };
  const codes = prediction.column.codes.map((c) => (predictions === "some" && next() < 0.1 ? -1 : c));
  return {
    ...rows,
    prediction: labels("prediction", codes, prediction.column.categories),
    segments: [region],
  };
}

/** Row indices of the buckets below; the last holds labelled rows of the negative class only. */
function buckets(current: MonitoredRows): Int32Array {
  const label = current.label!.column;
  const prediction = current.prediction?.column;
  const negativeOnly = (i: number) =>
    label.kind === "categorical" &&
    label.codes[i] === 0 &&
    (prediction?.kind !== "categorical" || prediction.codes[i] !== 1);
  // 0 most rows, 1 three rows, 2 empty, 3 every third row of the rest, 4 unlabelled, 5 negative only, 9 left out.
  return Int32Array.from({ length: ROWS }, (_, i) => {
    if (i < 600) return 0;
    if (i < 603) return 1;
    if (i < 1200) return i % 3 === 0 ? 3 : 0;
    if (i < 1300) return label.kind === "categorical" && label.codes[i]! < 0 ? 4 : 9;
    return negativeOnly(i) ? 5 : 9;
  });
}

const metricsOf = (groups: readonly string[]) =>
  SENSITIVE.flatMap((a) => [
    ...FAIRNESS_METRICS.map((m) => `fairness.${a}.${m}`),
    ...groups.map((g) => `fairness.${a}.selectionRate.${g}`),
  ]);

const cases: [string, ModelSpec["task"], "all" | "some" | "none", string | undefined][] = [
  ["binary, positive label from the model", "binary", "all", "yes"],
  ["binary, positive label by the report's rule", "binary", "all", undefined],
  ["binary, some predictions missing", "binary", "some", "yes"],
  ["binary, predictions from scores alone", "binary", "none", "yes"],
  ["multiclass (the report has no fairness)", "multiclass", "all", undefined],
];

describe("fairness series equal the window report's fairness on each bucket's rows alone", () => {
  it.each(cases)("%s", (_, task, predictions, positiveLabel) => {
    const spec: ModelSpec = {
      task,
      features: FEATURES,
      sensitive: SENSITIVE,
      ...(positiveLabel !== undefined ? { positiveLabel } : {}),
    };
    const reference = monitoredWindow(task, { rows: 500, seed: 1 });
    const current = window(task, 2, predictions);
    const bucketOf = buckets(current);
    // Groups of every attribute: the segment's (with dots), c's, k's values, x's quartiles, and one never seen.
    const reports: (FairnessAttribute[] | undefined)[] = [];
    for (let b = 0; b < 6; b++) {
      const indices = Int32Array.from({ length: ROWS }, (_, i) => i).filter((i) => bucketOf[i] === b);
      reports.push(
        indices.length === 0
          ? undefined
          : (windowReport({ spec, reference, current: gatherRows(current, indices) }).report.fairness as
              | FairnessAttribute[]
              | undefined),
      );
    }
    const groups = [
      ...new Set([...reports.flatMap((r) => r ?? []).flatMap((a) => a.groups.map((g) => g.group)), "nobody"]),
    ];
    const metrics = metricsOf(groups);
    const series = windowSeries({ spec, reference, current, bucketOf, buckets: 6, metrics });
    expect(series.map((s) => s.metric)).toEqual(metrics);
    let compared = 0;
    for (const s of series) {
      const rest = s.metric.slice("fairness.".length);
      const attribute = SENSITIVE.find((a) => rest.startsWith(`${a}.`))!;
      const tail = rest.slice(attribute.length + 1);
      for (let b = 0; b < 6; b++) {
        const found = reports[b]?.find((a) => a.attribute === attribute);
        const where = `${s.metric} @ bucket ${b}`;
        let expected: { value: number | null; count: number } = { value: null, count: 0 };
        if (found && tail.startsWith("selectionRate.")) {
          const group = found.groups.find((g) => g.group === tail.slice("selectionRate.".length));
          if (group) expected = { value: group.selectionRate, count: group.count };
        } else if (found) {
          expected = {
            value: found[tail as (typeof FAIRNESS_METRICS)[number]],
            count: found.groups.reduce((sum, g) => sum + g.count, 0),
          };
        }
        expect(s.points[b], where).toEqual({ bucket: b, ...expected });
        if (expected.value !== null) compared++;
      }
    }
    if (task === "multiclass") {
      expect(compared).toBe(0);
      return;
    }
    // The empty, unlabelled and negative-only buckets have none; every attribute has values in buckets 0, 1 and 3.
    for (const b of [4, 5]) expect(bucketOf.filter((x) => x === b).length).toBeGreaterThan(10);
    for (const b of [2, 4, 5]) expect(reports[b], `bucket ${b}`).toBeUndefined();
    expect(reports[0]!.map((a) => a.attribute).sort()).toEqual([...SENSITIVE].sort());
    expect(groups).toEqual(expect.arrayContaining(["n.1", "s.2", "w", "a", "d", "0", "4"]));
    expect(groups.some((g) => g.startsWith("≥ "))).toBe(true);
    expect(compared).toBeGreaterThan(60);
  });

  it("takes the longest sensitive attribute a name fits, and groups with dots", () => {
    const spec: ModelSpec = {
      task: "binary",
      features: [{ name: "a", kind: "categorical" }],
      positiveLabel: "yes",
      sensitive: ["a", "a.b"],
    };
    const current: MonitoredRows = {
      rows: 6,
      features: [labels("a", [0, 0, 0, 1, 1, 1], ["p", "q"])],
      segments: [labels("a.b", [0, 0, 1, 1, 1, -1], ["x.1", "y"])],
      prediction: labels("prediction", [1, 0, 1, 1, 0, 1], ["no", "yes"]),
      label: labels("label", [1, 0, 0, 1, 1, 1], ["no", "yes"]),
      score: numbers("score", [0.9, 0.1, 0.8, 0.7, 0.4, 0.6]),
    };
    const series = windowSeries({
      spec,
      reference: { rows: 0, features: [] },
      current,
      bucketOf: new Int32Array(6),
      buckets: 1,
      metrics: [
        "fairness.a.b.selectionRate.x.1",
        "fairness.a.b.selectionRate.y",
        "fairness.a.selectionRate.p",
        "fairness.a.b.demographicParityDifference",
        "fairness.a.demographicParityRatio",
      ],
    });
    expect(series.map((s) => s.points[0])).toEqual([
      { bucket: 0, value: 0.5, count: 2 },
      { bucket: 0, value: 2 / 3, count: 3 },
      { bucket: 0, value: 2 / 3, count: 3 },
      { bucket: 0, value: 2 / 3 - 0.5, count: 5 },
      { bucket: 0, value: 1, count: 6 },
    ]);
  });
});
