const modelBase = (model: string) => `/models/${encodeURIComponent(model)}`;

/** The comparison page of one comparison. */
export function comparisonPath(model: string, id: string): string {
  return `${modelBase(model)}/comparisons/${encodeURIComponent(id)}`;
}

/** The model's alert list with one alert selected, where its timeline and retraining are shown. */
export function alertPath(model: string, alertId: string): string {
  return `${modelBase(model)}/alerts?${new URLSearchParams({ alert: alertId })}`;
}
