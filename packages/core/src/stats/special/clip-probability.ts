/** numpy.clip(p, 0, 1): NaN stays NaN. */
export function clipProbability(p: number): number {
  return Math.min(Math.max(p, 0), 1);
}
