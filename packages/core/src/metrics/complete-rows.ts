/** The rows that classification metrics use: target and prediction codes, and scores when given. */
export interface CompleteRows {
  readonly target: Int32Array;
  readonly prediction: Int32Array;
  /** One positive-class probability per row (binary) or row-major rows × classes probabilities (multiclass). */
  readonly scores: Float64Array | undefined;
}

function checkCodes(name: string, codes: Int32Array, classes: number): void {
  for (let i = 0; i < codes.length; i++) {
    if (codes[i]! >= classes) {
      throw new RangeError(`${name}[${i}] = ${codes[i]} is not an index into ${classes} labels`);
    }
  }
}

/**
 * Drops rows whose target or prediction is missing (a negative code) or, when scores are given, whose score (any
 * of the row's class scores) is NaN; every metric is computed on the same remaining rows. `width` is the number of
 * scores per row. Throws RangeError on codes past the labels or misaligned lengths, which are caller bugs.
 */
export function completeRows(
  target: Int32Array,
  prediction: Int32Array,
  scores: Float64Array | undefined,
  classes: number,
  width: number,
): CompleteRows {
  const n = target.length;
  if (prediction.length !== n) {
    throw new RangeError(`target has ${n} rows but prediction has ${prediction.length}`);
  }
  if (scores && scores.length !== n * width) {
    throw new RangeError(`${n} rows need ${n * width} scores, got ${scores.length}`);
  }
  checkCodes("target", target, classes);
  checkCodes("prediction", prediction, classes);
  const keep = new Uint8Array(n);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    let ok = target[i]! >= 0 && prediction[i]! >= 0;
    if (ok && scores) {
      for (let k = 0; k < width; k++) if (Number.isNaN(scores[i * width + k]!)) ok = false;
    }
    keep[i] = ok ? 1 : 0;
    kept += keep[i]!;
  }
  if (kept === n) return { target, prediction, scores };
  const t = new Int32Array(kept);
  const p = new Int32Array(kept);
  const s = scores ? new Float64Array(kept * width) : undefined;
  for (let i = 0, j = 0; i < n; i++) {
    if (!keep[i]) continue;
    t[j] = target[i]!;
    p[j] = prediction[i]!;
    if (s && scores) for (let k = 0; k < width; k++) s[j * width + k] = scores[i * width + k]!;
    j++;
  }
  return { target: t, prediction: p, scores: s };
}
