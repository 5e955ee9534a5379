import { symmetricEigen } from "../stats/symmetric-eigen.js";
import { choleskySolve } from "../train/cholesky-solve.js";

/**
 * Solves A x = b for a symmetric positive semi-definite `n × n` row-major A: by Cholesky when every pivot stays
 * above 1e-10 of its diagonal, else by the eigen-decomposition pseudo-inverse (the minimum-norm least-squares
 * answer, as numpy's lstsq gives when too few coalitions leave the Kernel SHAP system singular).
 */
export function solveSymmetric(a: Float64Array, n: number, b: Float64Array): Float64Array {
  try {
    return choleskySolve(a, n, b, 1e-10);
  } catch (error) {
    if (!(error instanceof RangeError) || a.length !== n * n || b.length !== n) throw error;
    return pseudoInverseSolve(a, n, b);
  }
}

/** x = Σ_i (v_iᵀb / λ_i) v_i over eigenpairs with λ_i > 1e-10 · max λ. */
function pseudoInverseSolve(a: Float64Array, n: number, b: Float64Array): Float64Array {
  const { values, vectors } = symmetricEigen(a, n);
  const largest = values[0] ?? 0;
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const lambda = values[i]!;
    if (!(lambda > 1e-10 * largest)) continue;
    let dot = 0;
    for (let k = 0; k < n; k++) dot += vectors[k * n + i]! * b[k]!;
    for (let k = 0; k < n; k++) x[k]! += (vectors[k * n + i]! * dot) / lambda;
  }
  return x;
}
