/**
 * Solves A x = b for a symmetric positive semi-definite `n × n` row-major A: by Cholesky when every pivot stays
 * above 1e-10 of its diagonal, else by the eigen-decomposition pseudo-inverse (the minimum-norm least-squares
 * answer, as numpy's lstsq gives when too few coalitions leave the Kernel SHAP system singular).
 */
export function solveSymmetric(a: Float64Array, n: number, b: Float64Array): Float64Array {
  return choleskyOrNull(a, n, b) ?? pseudoInverseSolve(a, n, b);
}

function choleskyOrNull(a: Float64Array, n: number, b: Float64Array): Float64Array | null {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j]!;
      for (let k = 0; k < j; k++) s -= l[i * n + k]! * l[j * n + k]!;
      if (i === j) {
        if (!(s > 1e-10 * Math.abs(a[i * n + i]!))) return null;
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

/** x = Σ_i (v_iᵀb / λ_i) v_i over eigenpairs with λ_i > 1e-10 · max λ, the eigenpairs by cyclic Jacobi rotations. */
function pseudoInverseSolve(a: Float64Array, n: number, b: Float64Array): Float64Array {
  const m = Float64Array.from(a);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  let scale = 0;
  for (let i = 0; i < n * n; i++) scale += m[i]! * m[i]!;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p * n + q]! ** 2;
    if (off <= 1e-30 * scale) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = m[p * n + q]!;
        if (apq === 0) continue;
        const theta = (m[q * n + q]! - m[p * n + p]!) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const kp = m[k * n + p]!;
          const kq = m[k * n + q]!;
          m[k * n + p] = c * kp - s * kq;
          m[k * n + q] = s * kp + c * kq;
        }
        for (let k = 0; k < n; k++) {
          const pk = m[p * n + k]!;
          const qk = m[q * n + k]!;
          m[p * n + k] = c * pk - s * qk;
          m[q * n + k] = s * pk + c * qk;
        }
        for (let k = 0; k < n; k++) {
          const kp = v[k * n + p]!;
          const kq = v[k * n + q]!;
          v[k * n + p] = c * kp - s * kq;
          v[k * n + q] = s * kp + c * kq;
        }
      }
    }
  }
  let largest = 0;
  for (let i = 0; i < n; i++) largest = Math.max(largest, m[i * n + i]!);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const lambda = m[i * n + i]!;
    if (!(lambda > 1e-10 * largest)) continue;
    let dot = 0;
    for (let k = 0; k < n; k++) dot += v[k * n + i]! * b[k]!;
    for (let k = 0; k < n; k++) x[k]! += (v[k * n + i]! * dot) / lambda;
  }
  return x;
}
