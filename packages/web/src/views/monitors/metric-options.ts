import { CLASSIFICATION_METRICS, ESTIMATED_METRICS, REGRESSION_METRICS } from "@telltale/core";
import type { ModelInfo } from "../../api/types";
import { metricLabel } from "../../format/format";

export interface MetricOption {
  readonly value: string;
  readonly label: string;
}

export interface MetricGroup {
  readonly label: string;
  readonly options: readonly MetricOption[];
}

const option = (value: string, label = metricLabel(value)): MetricOption => ({
  value,
  label: label === value ? value : `${label} (${value})`,
});

/**
 * The metrics a monitor of this model can watch, grouped for a select: the time series' metrics for its task
 * (as the server's parseSeriesMetric accepts them) and, per feature, drift, missing share and (numerical) mean.
 */
export function metricOptions(
  model: Pick<ModelInfo, "task" | "features" | "positiveLabel">,
): readonly MetricGroup[] {
  const performance: readonly string[] =
    model.task === "regression" ? REGRESSION_METRICS : CLASSIFICATION_METRICS;
  const predictions: MetricOption[] = [
    ...(model.task === "multiclass" ? [] : [option("prediction.mean", "Mean prediction")]),
    ...(model.task === "binary" && model.positiveLabel !== null
      ? [option(`prediction.share.${model.positiveLabel}`, `Share predicted ${model.positiveLabel}`)]
      : []),
    ...(model.task === "binary" ? [option("score.mean")] : []),
  ];
  return [
    { label: "Traffic and labels", options: [option("count"), option("labelCoverage")] },
    { label: "Performance (labelled rows)", options: performance.map((m) => option(m)) },
    ...(model.task === "regression"
      ? []
      : [
          {
            label: "Performance estimated without labels (CBPE)",
            options: ESTIMATED_METRICS.map((m) => option(`estimated.${m}`, `Estimated ${metricLabel(m)}`)),
          },
        ]),
    ...(predictions.length > 0 ? [{ label: "Predictions", options: predictions }] : []),
    {
      label: "Drift against the reference",
      options: [
        option("drift.share", "Share of drifted features"),
        ...model.features.map((f) => option(`drift.${f.name}`, `Drift of ${f.name}`)),
      ],
    },
    {
      label: "Multivariate drift and attributions",
      options: [
        option("multivariate.reconstruction", "PCA reconstruction error"),
        option("multivariate.auc", "Domain classifier AUC"),
        option("attribution.ndcg", "Attribution ranking NDCG"),
        ...model.features.map((f) => option(`importance.${f.name}`, `Importance of ${f.name}`)),
      ],
    },
    {
      label: "Data quality",
      options: model.features.flatMap((f) => [
        option(`feature.${f.name}.missingShare`, `Missing ${f.name}`),
        ...(f.kind === "numerical" ? [option(`feature.${f.name}.mean`, `Mean ${f.name}`)] : []),
      ]),
    },
  ].filter((g) => g.options.length > 0);
}
