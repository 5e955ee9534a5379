/**
 * Solves A x = b for a symmetric positive-definite `n × n` row-major A by the Cholesky factorisation A = L Lᵀ
 * (A and b are left as they are); throws a RangeError when A is not positive definite, or when a pivot falls to
 * `relativePivot` of its diagonal entry or below (a nearly singular A, whose answer would be noise).
 */
export function choleskySolve(a: Float64Array, n: number, b: Float64Array, relativePivot = 0): Float64Array {
  if (a.length !== n * n || b.length !== n) {
    throw new RangeError(`expected a ${n} × ${n} matrix and ${n} values, got ${a.length} and ${b.length}`);
  }
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j]!;
      for (let k = 0; k < j; k++) s -= l[i * n + k]! * l[j * n + k]!;
      if (i === j) {
        if (!(s > relativePivot * Math.abs(a[i * n + i]!)) || !(s > 0)) {
          throw new RangeError(`the matrix is not positive definite (pivot ${i} = ${s})`);
        }
        l[i * n + i] = Math.sqrt(s);
      } else {
        l[i * n + j] = s / l[j * n + j]!;
      }
    }
  }
  const x = Float64Array.from(b);
  for (let i = 0; i < n; i++) {
    let s = x[i]!;
    for (let k = 0; k < i; k++) s -= l[i * n + k]! * x[k]!;
    x[i] = s / l[i * n + i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i]!;
    for (let k = i + 1; k < n; k++) s -= l[k * n + i]! * x[k]!;
    x[i] = s / l[i * n + i]!;
  }
  return x;
}
