import { formatNumber } from "../../format/format";
import type { StoredPrediction } from "./lookup-types";

/** A feature, prediction or label value for display; null is "missing". */
export function valueText(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === "") return "missing";
  return typeof value === "number" ? formatNumber(value, 4) : value;
}

/** A binary score as a probability, a multiclass score as its three likeliest classes. */
export function scoreText(score: StoredPrediction["score"]): string {
  if (score === null) return "no score";
  if (typeof score === "number") return formatNumber(score, 4);
  const top = Object.entries(score)
    .sort((x, y) => y[1] - x[1])
    .slice(0, 3)
    .map(([name, p]) => `${name} ${formatNumber(p, 3)}`);
  return top.length === 0 ? "no score" : top.join(" · ");
}

/** Attributions largest in magnitude first, at most `limit`. */
export function topAttributions(
  attributions: StoredPrediction["attributions"],
  limit = 15,
): { feature: string; value: number }[] {
  if (attributions === null) return [];
  return Object.entries(attributions)
    .filter(([, v]) => Number.isFinite(v))
    .sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]) || x[0].localeCompare(y[0]))
    .slice(0, limit)
    .map(([feature, value]) => ({ feature, value }));
}
