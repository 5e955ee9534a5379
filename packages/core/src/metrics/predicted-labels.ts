/**
 * Predicted label codes from positive-class probabilities: `positive` when score >= 0.5 (so exactly 0.5 is
 * positive), else `negative`; a NaN score gives -1 (missing).
 */
export function binaryPredictions(scores: Float64Array, positive: number, negative: number): Int32Array {
  const out = new Int32Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const p = scores[i]!;
    out[i] = Number.isNaN(p) ? -1 : p >= 0.5 ? positive : negative;
  }
  return out;
}

/**
 * The class of each row's largest probability in row-major rows × classes scores, the first on ties (as
 * numpy.argmax); a row holding a NaN gives -1 (missing) where numpy would pick the NaN.
 */
export function argmaxPredictions(scores: Float64Array, classes: number): Int32Array {
  if (classes < 1 || scores.length % classes !== 0) {
    throw new RangeError(`argmaxPredictions: ${scores.length} scores do not form rows of ${classes} classes`);
  }
  const rows = scores.length / classes;
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    const row = r * classes;
    let best = 0;
    for (let k = 0; k < classes; k++) {
      const v = scores[row + k]!;
      if (Number.isNaN(v)) {
        best = -1;
        break;
      }
      if (v > scores[row + best]!) best = k;
    }
    out[r] = best;
  }
  return out;
}
