/** A model's business metric as `GET …/business-metrics` lists it. */
export interface BusinessMetricInfo {
  readonly name: string;
  readonly expression: string;
  readonly unit: string | null;
  readonly better: "lower" | "higher";
  readonly description: string | null;
  readonly metric: string;
}

export interface BusinessMetricsAnswer {
  readonly metrics: readonly BusinessMetricInfo[];
  readonly quantities: readonly string[];
}

/** `fraud_cost (USD)`: the name as written, with its unit. */
export function businessTitle(metric: BusinessMetricInfo): string {
  return metric.unit ? `${metric.name} (${metric.unit})` : metric.name;
}

/** The line under the chart: what it computes and which way is good. */
export function businessCaption(metric: BusinessMetricInfo): string {
  return `${metric.expression} per interval; ${metric.better} is better.`;
}
