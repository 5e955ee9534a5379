import type { SourceColumn } from "../table.js";
import type { ModelSpec, MonitoredRows } from "./monitored-rows.js";

/** Test support: a seeded uniform generator (an LCG), so generated windows are the same on every run. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export const numbers = (name: string, values: ArrayLike<number>): SourceColumn => ({
  name,
  sourceType: "float",
  column: { kind: "numerical", values: Float64Array.from(values) },
});

export const labels = (
  name: string,
  codes: ArrayLike<number>,
  categories: readonly string[],
): SourceColumn => ({
  name,
  sourceType: "string",
  column: { kind: "categorical", codes: Int32Array.from(codes), categories },
});

export const FEATURES: ModelSpec["features"] = [
  { name: "x", kind: "numerical" },
  { name: "k", kind: "numerical" },
  { name: "c", kind: "categorical" },
  { name: "gone", kind: "numerical" },
];

export interface WindowOptions {
  readonly rows: number;
  readonly seed: number;
  /** Added to `x`, so the current side drifts. */
  readonly shift?: number;
  /** Share of rows whose label has not arrived. */
  readonly unlabelled?: number;
  /** Leave the feature `gone` out (it is absent from this side). */
  readonly withoutGone?: boolean;
  /** Category `d` of `c` appears (one the reference lacks). */
  readonly newCategory?: boolean;
}

/**
 * Test support: a window of a model with features x (continuous), k (five values), c (categorical) and gone, with
 * missing feature values, labels that have not arrived, NaN scores and ±Infinity in x, for any task.
 */
export function monitoredWindow(task: ModelSpec["task"], o: WindowOptions): MonitoredRows {
  const next = seeded(o.seed);
  const n = o.rows;
  const x = Float64Array.from({ length: n }, () =>
    next() < 0.05 ? Number.NaN : next() * 10 + (o.shift ?? 0),
  );
  if (n > 10) x[7] = Number.POSITIVE_INFINITY;
  const k = Float64Array.from({ length: n }, () => (next() < 0.05 ? Number.NaN : Math.floor(next() * 5)));
  const c = Int32Array.from({ length: n }, () =>
    next() < 0.05 ? -1 : Math.floor(next() * (o.newCategory ? 4 : 3)),
  );
  const features = [
    numbers("x", x),
    numbers("k", k),
    labels("c", c, ["a", "b", "c", "d"]),
    ...(o.withoutGone
      ? []
      : [
          numbers(
            "gone",
            Float64Array.from({ length: n }, () => next()),
          ),
        ]),
  ];
  const missing = () => next() < (o.unlabelled ?? 0.3);
  if (task === "regression") {
    const truth = Float64Array.from(x, (v) => (Number.isFinite(v) ? v : 5) * 2 + next());
    return {
      rows: n,
      features,
      prediction: numbers(
        "prediction",
        Float64Array.from(truth, (t) => (next() < 0.02 ? Number.NaN : t + next() - 0.5)),
      ),
      label: numbers(
        "label",
        Float64Array.from(truth, (t) => (missing() ? Number.NaN : t)),
      ),
    };
  }
  const classes = task === "binary" ? ["no", "yes"] : ["cat", "dog", "fox"];
  const probabilities = Array.from({ length: n }, () => {
    const raw = classes.map(() => next() + 0.05);
    const sum = raw.reduce((a, b) => a + b, 0);
    return raw.map((p) => p / sum);
  });
  const predicted = probabilities.map((p) => p.indexOf(Math.max(...p)));
  const truth = predicted.map((p) => (next() < 0.75 ? p : (p + 1) % classes.length));
  const score = Float64Array.from(probabilities, (p) => (next() < 0.03 ? Number.NaN : p[1]!));
  return {
    rows: n,
    features,
    prediction: labels("prediction", predicted, classes),
    label: labels(
      "label",
      Int32Array.from(truth, (t) => (missing() ? -1 : t)),
      classes,
    ),
    ...(task === "binary"
      ? { score: numbers("score", score) }
      : {
          classScores: classes.map((label, j) => ({
            label,
            values: Float64Array.from(probabilities, (p) => p[j]!),
          })),
        }),
  };
}
