/** A frequency table of statistic values, ascending. */
interface Table {
  readonly values: Float64Array;
  readonly counts: Float64Array;
}

const EMPTY: Table = { values: new Float64Array(0), counts: new Float64Array(0) };

/** The union of two ascending tables (counts of equal values added), with `shift` added to every value. */
function mergeShifted(a: Table, b: Table, shift: number): Table {
  const values = new Float64Array(a.values.length + b.values.length);
  const counts = new Float64Array(values.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.values.length || j < b.values.length) {
    const va = i < a.values.length ? a.values[i]! : Number.POSITIVE_INFINITY;
    const vb = j < b.values.length ? b.values[j]! : Number.POSITIVE_INFINITY;
    if (va < vb) {
      values[k] = va + shift;
      counts[k++] = a.counts[i++]!;
    } else if (vb < va) {
      values[k] = vb + shift;
      counts[k++] = b.counts[j++]!;
    } else {
      values[k] = va + shift;
      counts[k++] = a.counts[i++]! + b.counts[j++]!;
    }
  }
  return { values: values.subarray(0, k), counts: counts.subarray(0, k) };
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

function binomial(n: number, k: number): number {
  let c = 1;
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1);
  return c;
}

/** numpy's floor division of doubles (fmod-based, so an exact quotient is never rounded up past an integer). */
function floorDivide(a: number, b: number): number {
  const mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0 && b < 0 !== mod < 0) div -= 1;
  let floor = Math.floor(div);
  if (div - floor > 0.5) floor += 1;
  return floor;
}

/**
 * Exact P(U ≥ u) of the two-sample Cramér–von Mises rank statistic U (Anderson 1962, eq. 10) for sample sizes m
 * and n, by Xiao, Gordon & Yakovlev's (2006) lattice-path recursion as scipy 1.10 runs it (with u as given, midranks
 * included). Counts stay exact in doubles while C(m + n, m) < 2^53, i.e. for the sizes (≤ 20) it is used at.
 */
export function cvmExactPValue(u: number, m: number, n: number): number {
  const lcm = (m * n) / gcd(m, n);
  const a = lcm / m;
  const b = lcm / n;
  const mn = m * n;
  // U mapped onto the integer scale of the path sums below (Anderson's eq. 9 with Xiao et al.'s eq. 2).
  const zeta = floorDivide(lcm * lcm * (m + n) * (6 * u - mn * (4 * mn - 1)), 6 * mn * mn);
  // rows[v]: the values Σ (a·v' − b·u')² over lattice paths from (0, 0) to (u', v'), with how many paths give each.
  let rows: Table[] = [{ values: Float64Array.of(0), counts: Float64Array.of(1) }];
  for (let v = 1; v <= m; v++) rows.push(EMPTY);
  for (let row = 0; row <= n; row++) {
    const next: Table[] = [];
    let left = EMPTY;
    for (let v = 0; v <= m; v++) {
      const d = a * v - b * row;
      left = mergeShifted(left, rows[v]!, d * d);
      next.push(left);
    }
    rows = next;
  }
  const final = rows[m]!;
  let atLeast = 0;
  for (let i = 0; i < final.values.length; i++) if (final.values[i]! >= zeta) atLeast += final.counts[i]!;
  return atLeast / binomial(m + n, m);
}
