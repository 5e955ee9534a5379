import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import { buildReport } from "../report/build-report.js";
import type { Table } from "../table.js";
import { gatherRows } from "./gather-rows.js";
import type { ModelSpec, MonitoredRows } from "./monitored-rows.js";
import { FEATURES, labels, monitoredWindow, numbers } from "./monitored-rows.test-support.js";
import { windowReport } from "./window-report.js";

const binary: ModelSpec = { task: "binary", features: FEATURES, positiveLabel: "yes" };

function labelledIndices(rows: MonitoredRows): Int32Array {
  const label = rows.label!.column;
  return Int32Array.from({ length: rows.rows }, (_, i) => i).filter((i) =>
    label.kind === "categorical" ? label.codes[i]! >= 0 : Number.isFinite(label.values[i]!),
  );
}

describe("windowReport", () => {
  it("is the core report: drift of the features, performance of each side's labelled rows", () => {
    const reference = monitoredWindow("binary", { rows: 1500, seed: 1 });
    const current = monitoredWindow("binary", { rows: 800, seed: 2, shift: 1 });
    const { report, notes } = windowReport({ spec: binary, reference, current });
    expect(report.task).toBe("binary");
    expect(report.current.rows).toBe(800);
    expect(notes).toEqual([]);
    const table = (name: string, rows: MonitoredRows): Table => ({
      name,
      rows: rows.rows,
      columns: rows.features,
    });
    const core = buildReport(table("reference", reference), table("current", current), {
      numerical: ["x", "k", "gone"],
      categorical: ["c"],
    }).report;
    for (const column of core.drift.columns) {
      expect(report.drift.columns.find((c) => c.column === column.column)).toEqual(column);
    }
    expect(report.drift.share).toBe(core.drift.share);
    expect(report.quality.columns.slice(0, 4)).toEqual(core.quality.columns);
    // The prediction and score are compared too, under their own roles.
    expect(report.drift.columns.slice(4).map((c) => [c.column, c.role])).toEqual([
      ["prediction", "prediction"],
      ["score", "score"],
    ]);
    for (const side of ["reference", "current"] as const) {
      const rows = side === "reference" ? reference : current;
      const l = gatherRows(rows, labelledIndices(rows));
      const t: Table = { name: side, rows: l.rows, columns: [l.label!, l.prediction!, l.score!] };
      const expected = buildReport(t, t, {
        task: "binary",
        target: "label",
        prediction: "prediction",
        score: "score",
        positiveLabel: "yes",
        categorical: ["label", "prediction"],
        numerical: ["score"],
      }).report.classification!.current;
      expect(report.classification![side], side).toEqual(expected);
    }
  });

  it("refuses a window without rows", () => {
    const reference = monitoredWindow("binary", { rows: 100, seed: 1 });
    const current = gatherRows(reference, new Int32Array(0));
    expect(() => windowReport({ spec: binary, reference, current })).toThrow(InputError);
    expect(() => windowReport({ spec: binary, reference, current })).toThrow(
      /the window holds no predictions/,
    );
  });

  it("leaves out features a side lacks, and reference metrics without reference labels", () => {
    const full = monitoredWindow("regression", { rows: 300, seed: 3 });
    const reference: MonitoredRows = { rows: full.rows, features: full.features };
    const current = monitoredWindow("regression", { rows: 200, seed: 4, withoutGone: true });
    const { report, notes } = windowReport({ spec: { ...binary, task: "regression" }, reference, current });
    expect(report.drift.columns.map((c) => c.column)).toEqual(["x", "k", "c"]);
    expect(notes).toEqual(["feature 'gone' has no values on one side: not compared"]);
    expect(report.regression!.reference).toBeNull();
    expect(report.regression!.current!.rows).toBeGreaterThan(100);
  });

  it("says so when no prediction in the window has its label yet", () => {
    const reference = monitoredWindow("multiclass", { rows: 300, seed: 3 });
    const current = monitoredWindow("multiclass", { rows: 50, seed: 4, unlabelled: 1 });
    const { report, notes } = windowReport({
      spec: { task: "multiclass", features: FEATURES },
      reference,
      current,
    });
    expect(report.classification!.current).toBeNull();
    expect(report.classification!.reference!.rows).toBeGreaterThan(150);
    expect(notes).toContain("no labelled predictions in the window: performance metrics skipped");
  });

  it("gives outcome columns names no feature has", () => {
    const spec: ModelSpec = {
      task: "regression",
      features: [
        { name: "label", kind: "numerical" },
        { name: "prediction", kind: "numerical" },
      ],
    };
    const rows = (seed: number): MonitoredRows => {
      const w = monitoredWindow("regression", { rows: 200, seed });
      const x = w.features[0]!.column;
      return {
        ...w,
        features: [
          { ...w.features[0]!, name: "label" },
          { ...w.features[0]!, name: "prediction", column: x },
        ],
      };
    };
    const { report } = windowReport({ spec, reference: rows(1), current: rows(2) });
    expect(report.drift.columns.map((c) => [c.column, c.role])).toEqual([
      ["label", "feature"],
      ["prediction", "feature"],
      ["prediction_", "prediction"],
    ]);
    expect(report.regression!.current!.rows).toBeGreaterThan(100);
  });

  it("keeps the model's positive class in a window that shows only the negative one", () => {
    const reference = monitoredWindow("binary", { rows: 300, seed: 1 });
    const current: MonitoredRows = {
      rows: 3,
      features: [numbers("x", [1, 2, 3])],
      prediction: labels("prediction", [0, 0, 0], ["no"]),
      label: labels("label", [0, 0, -1], ["no"]),
      segments: [labels("region", [0, 1, 0], ["north", "south"])],
    };
    const spec: ModelSpec = {
      ...binary,
      features: [{ name: "x", kind: "numerical" }],
      sensitive: ["region"],
    };
    const { report, notes } = windowReport({ spec, reference, current });
    const metrics = report.classification!.current!;
    expect(metrics.confusionMatrix.labels).toEqual(["no", "yes"]);
    expect([metrics.accuracy, metrics.recall, metrics.specificity]).toEqual([1, null, 1]);
    expect(notes).toContain("no labelled row holds the positive label 'yes': fairness metrics skipped");
  });

  it("chooses the positive label by the report's rule when the model names none, and says which", () => {
    const reference = monitoredWindow("binary", { rows: 300, seed: 1 });
    const current = monitoredWindow("binary", { rows: 300, seed: 2 });
    const { report, notes } = windowReport({
      spec: { task: "binary", features: FEATURES },
      reference,
      current,
    });
    expect(notes).toContain("positive label: 'yes' (set the model's positiveLabel to choose it)");
    expect(report.classification!.current).toEqual(
      windowReport({ spec: binary, reference, current }).report.classification!.current,
    );
  });

  it("measures fairness across a sensitive segment over the window's labelled rows", () => {
    const reference = monitoredWindow("binary", { rows: 300, seed: 1 });
    const window = monitoredWindow("binary", { rows: 400, seed: 2 });
    const region = labels(
      "region",
      Int32Array.from({ length: 400 }, (_, i) => i % 3),
      ["north", "south", "west"],
    );
    const current: MonitoredRows = { ...window, segments: [region] };
    const spec: ModelSpec = { ...binary, sensitive: ["region"] };
    const { report } = windowReport({ spec, reference, current });
    const l = gatherRows(current, labelledIndices(current));
    const t: Table = {
      name: "labelled",
      rows: l.rows,
      columns: [l.label!, l.prediction!, l.score!, l.segments![0]!],
    };
    const expected = buildReport(t, t, {
      task: "binary",
      target: "label",
      prediction: "prediction",
      score: "score",
      positiveLabel: "yes",
      sensitive: ["region"],
      categorical: ["label", "prediction", "region"],
      numerical: ["score"],
    }).report.fairness;
    expect(report.fairness).toEqual(expected);
    expect(report.fairness![0]!.groups.map((g) => g.group)).toEqual(["north", "south", "west"]);
    const multiclass = windowReport({
      spec: { task: "multiclass", features: FEATURES, sensitive: ["region"] },
      reference: monitoredWindow("multiclass", { rows: 300, seed: 1 }),
      current: { ...monitoredWindow("multiclass", { rows: 400, seed: 2 }), segments: [region] },
    });
    expect(multiclass.notes).toContain("fairness metrics need a binary task: skipped");
  });
});
