/** Relative traffic swing over a day: intensity 1 + A·sin(2π(h − 8)/24), lowest at 02:00 and highest at 14:00 UTC. */
const AMPLITUDE = 0.6;
const PHASE = 8 / 24;

/** Share of a day's traffic before fraction `x` of the day: the integral of the intensity above. */
function dailyCdf(x: number): number {
  return (
    x - (AMPLITUDE / (2 * Math.PI)) * (Math.cos(2 * Math.PI * (x - PHASE)) - Math.cos(2 * Math.PI * PHASE))
  );
}

/** The fraction of a day at which a share `u` ∈ [0, 1) of its traffic has arrived (inverse CDF by bisection). */
export function timeOfDay(u: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (dailyCdf(mid) < u) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
