/** Per row: correctness (1 right, 0 wrong, 255 unknown) or an error (NaN unknown). */
export type SliceOutcome =
  | { readonly kind: "rate"; readonly values: Uint8Array; readonly worse: "lower" }
  | { readonly kind: "mean"; readonly values: Float64Array; readonly worse: "higher" };

/** The rows whose outcome is known, among `rows` (all when absent). */
export function knownRows(outcome: SliceOutcome, rows: Int32Array | undefined): Int32Array {
  const n = rows ? rows.length : outcome.values.length;
  const known = new Int32Array(n);
  let m = 0;
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k]! : k;
    const v = outcome.values[i]!;
    if (outcome.kind === "rate" ? v !== 255 : Number.isFinite(v)) known[m++] = i;
  }
  return known.slice(0, m);
}
