/**
 * P(D ≥ h/n) for two samples of the same size n, by the alternating reflection sum 2·Σₖ (−1)^(k+1) C(2n, n−kh)/C(2n, n)
 * folded into Horner form so nothing cancels (scipy's _compute_prob_outside_square, same operation order, so the
 * rounding — which can push the result just above 1 — matches too).
 */
export function equalSizesTailProbability(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let ratio = 1;
    for (let j = 0; j < h; j++) ratio = ((n - k * h - j) * ratio) / (n + k * h + j + 1);
    p = ratio * (1 - p);
  }
  return 2 * p;
}

/**
 * P(D ≥ h/lcm(m, n)) for samples of sizes m and n: one minus the share of monotone lattice paths from (0, 0) to (m, n)
 * that keep |x/m − y/n| < h/lcm. Column by column, each entry holds the share of paths into it that already left the
 * band (1 outside the band), so the recursion averages numbers in [0, 1] and cannot overflow (Hodges 1958; Viehmann
 * 2021, as scipy's _compute_outer_prob_inside_method computes it).
 */
export function pathCountingTailProbability(m: number, n: number, gcd: number, h: number): number {
  const rows = Math.max(m, n);
  const columns = Math.min(m, n);
  const rowStep = rows / gcd;
  const columnStep = columns / gcd;
  // Window [low, high) of the columns' indices that lie inside the band; the entry for j sits at index j − low.
  let low = 0;
  let high = Math.min(Math.ceil(h / rowStep), columns + 1);
  let length = high - low;
  const share = new Float64Array(columns + 1).fill(1);
  share.fill(0, 0, length);
  for (let i = 1; i <= rows; i++) {
    const previousLow = low;
    const previousLength = length;
    low = Math.min(Math.max(Math.floor((columnStep * i - h) / rowStep) + 1, 0), columns);
    high = Math.min(Math.ceil((columnStep * i + h) / rowStep), columns + 1);
    if (high <= low) return 1;
    const shift = low - previousLow;
    // The entry below the window counts as outside (1) unless the window starts at the axis.
    let below = low === 0 ? 0 : 1;
    for (let k = 0; k < high - low; k++) {
      const j = k + low;
      const left = k + shift < previousLength ? share[k + shift]! : 1;
      below = (left * i + below * j) / (i + j);
      share[k] = below;
    }
    length = high - low;
  }
  return share[high - low - 1]!;
}
