/**
 * One prediction as the endpoint gave it: `score` is P(positive) or the regression value (a bare number) or the
 * class probabilities; `prediction` the label or value; either may be absent (null).
 */
export interface EndpointOutput {
  readonly score: number | Readonly<Record<string, number>> | null;
  readonly prediction: string | number | null;
}
