import { formatMetric, formatNumber } from "../../format/format";
import type { Condition } from "./monitor-types";

const OPS: Readonly<Record<string, string>> = { ">": ">", "<": "<", ">=": "≥", "<=": "≤" };
const METHODS: Readonly<Record<string, string>> = {
  mad: "median and MAD",
  ewma: "EWMA",
  seasonal: "seasonal",
  cusum: "CUSUM",
  pagehinkley: "Page–Hinkley",
};

const signedPercent = (percent: number) =>
  `${percent > 0 ? "+" : percent < 0 ? "−" : "±"}${formatNumber(Math.abs(percent), 1)}%`;

/** A condition in words with the metric's unit: `< 75%`, `outside 10–90`, `change vs previous window < −10%`. */
export function conditionText(condition: Condition, metric: string): string {
  const value = (v: number) => formatMetric(metric, v);
  switch (condition.type) {
    case "threshold":
      return `${OPS[condition.op]} ${value(condition.value)}`;
    case "outside":
      return `outside ${value(condition.low)} – ${value(condition.high)}`;
    case "change":
      return `change vs ${condition.vs === "previous" ? "previous window" : "benchmark"} ${OPS[condition.op]} ${signedPercent(condition.percent)}`;
    case "anomaly": {
      const season = condition.method === "seasonal" ? ` by ${condition.season ?? "day"}` : "";
      const sensitivity = condition.sensitivity ?? 3.5;
      return `anomaly (${METHODS[condition.method]}${season}, sensitivity ${formatNumber(sensitivity)}, ${condition.history ?? "7d"} of history)`;
    }
    case "changepoint":
      return `change point (${METHODS[condition.method]}, sensitivity ${formatNumber(condition.sensitivity ?? 10)} σ, ${condition.history ?? "7d"} of history)`;
  }
}

/**
 * A value beside the condition it broke: `61.2% < 75%` for a threshold; for the relative conditions with what the
 * server compared it with (`compared`: the previous value, the benchmark or the expected value).
 */
export function valueAgainstCondition(
  value: number | null,
  compared: number | null,
  condition: Condition,
  metric: string,
): string {
  const shown = formatMetric(metric, value);
  if (condition.type === "threshold" || condition.type === "outside")
    return `${shown} (${conditionText(condition, metric)})`;
  const base = compared === null ? "" : ` vs ${formatMetric(metric, compared)}`;
  return `${shown}${base} (${conditionText(condition, metric)})`;
}
