import { parseSeriesMetric } from "@telltale/core";
import type { Model } from "../store/types.js";
import { modelSpec } from "./model-spec.js";

export interface SeriesNeeds {
  readonly features: readonly string[];
  /** Segment columns read as sensitive attributes of fairness metrics. */
  readonly segments: readonly string[];
  /** Features whose logged attributions are read. */
  readonly attributions: readonly string[];
  readonly outcomes: boolean;
  readonly reference: boolean;
  /** Each prediction's feedback summed (feedback.* metrics). */
  readonly feedback: boolean;
}

/**
 * Which stored columns a list of time-series metrics reads, so a query fetches only those; the metrics are read
 * by `parseSeriesMetric` (which throws for one the model does not have). A sensitive attribute is a feature when
 * the model has one by that name, else a segment, as the report looks it up.
 */
export function seriesNeeds(model: Model, metrics: readonly string[]): SeriesNeeds {
  const spec = modelSpec(model);
  const features = new Set<string>();
  const segments = new Set<string>();
  const attributions = new Set<string>();
  let outcomes = false;
  let reference = false;
  let feedback = false;
  for (const name of metrics) {
    const metric = parseSeriesMetric(name, spec);
    switch (metric.kind) {
      case "count":
        break;
      case "feedback":
        feedback = true;
        break;
      case "driftShare":
        reference = true;
        for (const f of model.features) features.add(f.name);
        break;
      case "drift":
      case "featureOutOfRangeShare":
      case "featureNewCategoryShare":
        reference = true;
        features.add(metric.feature);
        break;
      case "importance":
        attributions.add(metric.feature);
        break;
      case "attributionNdcg":
        reference = true;
        for (const f of model.features) attributions.add(f.name);
        break;
      case "estimated":
        reference = true;
        outcomes = true;
        break;
      case "multivariateReconstruction":
      case "multivariateAuc":
        reference = true;
        for (const f of model.features) features.add(f.name);
        break;
      case "featureMean":
      case "featureMissingShare":
        features.add(metric.feature);
        break;
      case "fairness":
      case "selectionRate":
        outcomes = true;
        if (model.features.some((f) => f.name === metric.attribute)) features.add(metric.attribute);
        else if (model.segments.includes(metric.attribute)) segments.add(metric.attribute);
        break;
      default:
        outcomes = true;
    }
  }
  return {
    features: [...features],
    segments: [...segments],
    attributions: [...attributions],
    outcomes,
    reference,
    feedback,
  };
}
