import type { Task } from "../../api/types";
import {
  BASELINES,
  type Baseline,
  EXPLAIN_METHODS,
  type ExplainMethod,
  SLICE_METRICS,
  type SliceMetric,
} from "./explain-types";

/** The explain view's own URL keys, beside the window's. */
export const EXPLAIN_PARAMS = { method: "method", baseline: "baseline", slices: "slices" } as const;

export const METHOD_LABELS: Readonly<Record<ExplainMethod, string>> = {
  logged: "Logged attributions",
  permutation: "Permutation (calls the endpoint)",
  "prediction-change": "Prediction change (calls the endpoint)",
  shap: "Kernel SHAP (calls the endpoint)",
};

export const BASELINE_LABELS: Readonly<Record<Baseline, string>> = {
  reference: "the reference",
  previous: "the previous window",
};

export const SLICE_METRIC_LABELS: Readonly<Record<SliceMetric, string>> = {
  accuracy: "Accuracy",
  error: "Error",
  drift: "Traffic shift",
};

const oneOf = <T extends string>(values: readonly T[], v: string | undefined): v is T =>
  v !== undefined && (values as readonly string[]).includes(v);

/** `method=`: logged attributions unless the user picked a method that calls the model's endpoint. */
export function readMethod(param: string | undefined): ExplainMethod {
  return oneOf(EXPLAIN_METHODS, param) ? param : "logged";
}

/** `baseline=`: the reference unless the previous window was picked. */
export function readBaseline(param: string | undefined): Baseline {
  return oneOf(BASELINES, param) ? param : "reference";
}

/** Accuracy needs classes: a regression model is searched by absolute error (and traffic shift) only. */
export function sliceMetricsFor(task: Task): readonly SliceMetric[] {
  return task === "regression" ? SLICE_METRICS.filter((m) => m !== "accuracy") : SLICE_METRICS;
}

/** `slices=`, read against the task: accuracy by default for classification, error for regression. */
export function readSliceMetric(param: string | undefined, task: Task): SliceMetric {
  const allowed = sliceMetricsFor(task);
  if (oneOf(allowed, param)) return param;
  return task === "regression" ? "error" : "accuracy";
}

/** Methods that call the version's prediction endpoint: slow, so they run only when asked. */
export function callsEndpoint(method: ExplainMethod): boolean {
  return method !== "logged";
}
