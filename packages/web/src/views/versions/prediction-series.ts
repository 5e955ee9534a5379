import type { Task } from "../../api/types";

/**
 * Time-series metrics that describe a version's predictions, one chart each: the positive share and mean score for
 * binary models, the mean for regression, the share of the first classes (at most three) for multiclass.
 */
export function predictionSeriesMetrics(task: Task, classes: readonly string[]): string[] {
  if (task === "binary") return ["prediction.mean", "score.mean"];
  if (task === "regression") return ["prediction.mean"];
  return classes.slice(0, 3).map((c) => `prediction.share.${c}`);
}

/** A chart title for one of those metrics. */
export function predictionSeriesTitle(metric: string, task: Task): string {
  if (metric === "score.mean") return "Mean score";
  if (metric === "prediction.mean") return task === "binary" ? "Share predicted positive" : "Mean prediction";
  if (metric.startsWith("prediction.share."))
    return `Share predicted ${metric.slice("prediction.share.".length)}`;
  return metric;
}
