/** Which dashboard view explains a metric, and the feature to select there. */
export interface ExplainTarget {
  /** The tab under /models/:model ("" is the overview). */
  readonly view: "" | "drift" | "performance" | "quality";
  readonly feature?: string;
  readonly label: string;
}

/** drift.<f> → the drift view on f; feature.<f>.* → data quality on f; labels and performance → performance. */
export function explainTarget(metric: string): ExplainTarget {
  if (metric === "drift.share") return { view: "drift", label: "Drift of every feature" };
  if (metric.startsWith("drift.")) {
    const feature = metric.slice("drift.".length);
    return { view: "drift", feature, label: `Drift of ${feature}` };
  }
  const quality = /^feature\.(.+)\.(missingShare|mean)$/.exec(metric);
  if (quality !== null)
    return { view: "quality", feature: quality[1]!, label: `Data quality of ${quality[1]}` };
  if (metric === "count" || metric.startsWith("prediction.") || metric === "score.mean")
    return { view: "", label: "Traffic and predictions" };
  return { view: "performance", label: "Performance" };
}

export interface ExplainScope {
  readonly model: string;
  readonly metric: string;
  readonly version: string | null;
  readonly segment: string | null;
}

/**
 * The link to the view that explains an alert: the view for its metric with the alert's time range and the
 * monitor's version and segment in the URL, so the view opens on exactly what the monitor watched.
 */
export function explainLink(scope: ExplainScope, from: number, to: number): { href: string; label: string } {
  const target = explainTarget(scope.metric);
  const params = new URLSearchParams();
  params.set("from", new Date(from).toISOString());
  params.set("to", new Date(to).toISOString());
  if (scope.version !== null) params.set("version", scope.version);
  if (scope.segment !== null) params.set("segment", scope.segment);
  if (target.feature !== undefined) params.set("feature", target.feature);
  const base = `/models/${encodeURIComponent(scope.model)}`;
  return { href: `${base}${target.view === "" ? "" : `/${target.view}`}?${params}`, label: target.label };
}
