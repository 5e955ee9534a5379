import type { Model } from "../store/types.js";

export interface SeriesNeeds {
  readonly features: readonly string[];
  readonly outcomes: boolean;
  readonly reference: boolean;
}

/** Which stored columns a list of time-series metrics reads, so a query fetches only those. */
export function seriesNeeds(model: Model, metrics: readonly string[]): SeriesNeeds {
  const features = new Set<string>();
  let outcomes = false;
  let reference = false;
  for (const metric of metrics) {
    if (metric === "count") continue;
    if (metric === "drift.share") {
      reference = true;
      for (const f of model.features) features.add(f.name);
    } else if (metric.startsWith("drift.")) {
      reference = true;
      features.add(metric.slice("drift.".length));
    } else if (metric.startsWith("feature.")) {
      const rest = metric.slice("feature.".length);
      features.add(rest.slice(0, rest.lastIndexOf(".")));
    } else {
      outcomes = true;
    }
  }
  return { features: [...features], outcomes, reference };
}
