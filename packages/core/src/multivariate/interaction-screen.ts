/** Numerical columns whose pairwise products are screened at most (435 pairs and 30 squares). */
const MAX_SCREENED = 30;
/** A product whose mean differs by less than this many standard errors gives a linear model nothing to use. */
const MIN_T = 2;

/**
 * At most `keep` products z_j·z_k (squares included) of the first 30 numerical columns whose mean differs most between
 * the two labels over `rows`, by Welch's t above 2: in standardised data that mean is the covariance, so a flipped
 * correlation moves exactly one product's mean while no column's own does. Returned flat as [j₀, k₀, j₁, k₁, …].
 */
export function screenInteractions(
  x: Float64Array,
  width: number,
  numerical: Int32Array,
  y: Uint8Array,
  rows: Int32Array,
  keep: number,
): Int32Array {
  const p = Math.min(numerical.length, MAX_SCREENED);
  const pairs = (p * (p + 1)) / 2;
  if (keep <= 0 || pairs === 0) return new Int32Array(0);
  // Per label: count, Σ product, Σ product² of every pair.
  const count = [0, 0];
  const sums = [new Float64Array(pairs), new Float64Array(pairs)] as const;
  const squares = [new Float64Array(pairs), new Float64Array(pairs)] as const;
  const z = new Float64Array(p);
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r]!;
    const label = y[i]!;
    count[label]!++;
    const sum = sums[label as 0 | 1];
    const square = squares[label as 0 | 1];
    for (let j = 0; j < p; j++) z[j] = x[i * width + numerical[j]!]!;
    let q = 0;
    for (let j = 0; j < p; j++) {
      const zj = z[j]!;
      for (let k = j; k < p; k++, q++) {
        const v = zj * z[k]!;
        sum[q]! += v;
        square[q]! += v * v;
      }
    }
  }
  const [n0, n1] = count as [number, number];
  if (n0 < 2 || n1 < 2) return new Int32Array(0);
  const score = new Float64Array(pairs);
  for (let q = 0; q < pairs; q++) {
    const m0 = sums[0][q]! / n0;
    const m1 = sums[1][q]! / n1;
    const v0 = Math.max(squares[0][q]! / n0 - m0 * m0, 0) / (n0 - 1);
    const v1 = Math.max(squares[1][q]! / n1 - m1 * m1, 0) / (n1 - 1);
    const se = Math.sqrt(v0 + v1);
    score[q] = se > 0 ? Math.abs(m1 - m0) / se : 0;
  }
  const order = Array.from({ length: pairs }, (_, q) => q)
    .filter((q) => score[q]! > MIN_T)
    .sort((a, b) => score[b]! - score[a]! || a - b)
    .slice(0, keep);
  const chosen = new Set(order);
  const out: number[] = [];
  let q = 0;
  for (let j = 0; j < p; j++) {
    for (let k = j; k < p; k++, q++) if (chosen.has(q)) out.push(numerical[j]!, numerical[k]!);
  }
  return Int32Array.from(out);
}
