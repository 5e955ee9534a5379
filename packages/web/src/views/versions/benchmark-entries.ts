import { formatMetric, metricLabel } from "../../format/format";

const FIRST = ["accuracy", "f1", "rocAuc", "rmse", "mae", "r2"];

/** A version's offline benchmark as `label value` pairs: headline metrics first, the rest alphabetically. */
export function benchmarkEntries(
  metrics: Readonly<Record<string, number>>,
): { metric: string; label: string; text: string }[] {
  const rank = (m: string) => {
    const i = FIRST.indexOf(m);
    return i === -1 ? FIRST.length : i;
  };
  return Object.keys(metrics)
    .sort((x, y) => rank(x) - rank(y) || x.localeCompare(y))
    .map((metric) => ({ metric, label: metricLabel(metric), text: formatMetric(metric, metrics[metric]) }));
}
