import {
  CLASSIFICATION_METRICS,
  ESTIMATED_METRICS,
  FEEDBACK_METRICS,
  REGRESSION_METRICS,
} from "@telltale/core";
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

/** Words for core's FEEDBACK_METRICS; a name core adds later falls back to the metric itself. */
const FEEDBACK_WORDS: Readonly<Record<string, string>> = {
  count: "Feedback records",
  positiveShare: "Thumbs-up share of thumbs",
  "rating.mean": "Mean rating",
};

/** A business metric as a monitor names it: `business.<name>`, with its unit when it has one. */
export interface BusinessMetricChoice {
  readonly name: string;
  readonly unit: string | null;
}

/**
 * The metrics a monitor of this model can watch, grouped for a select: the time series' metrics for its task
 * (as the server's parseSeriesMetric accepts them), per feature drift, missing share and (numerical) mean, user
 * feedback, and the model's business metrics.
 */
export function metricOptions(
  model: Pick<ModelInfo, "task" | "features" | "positiveLabel">,
  business: readonly BusinessMetricChoice[] = [],
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
    {
      label: "User feedback",
      options: FEEDBACK_METRICS.map((m) => option(`feedback.${m}`, FEEDBACK_WORDS[m] ?? `feedback.${m}`)),
    },
    {
      label: "Business metrics",
      options: business.map((b) => option(`business.${b.name}`, b.unit ? `${b.name} (${b.unit})` : b.name)),
    },
  ].filter((g) => g.options.length > 0);
}
