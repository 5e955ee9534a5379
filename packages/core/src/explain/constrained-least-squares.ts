import { solveSymmetric } from "./symmetric-solve.js";

/**
 * The φ minimising Σ_c w_c (y_c − z_c·φ)² subject to Σφ = total, for 0/1 rows z (`count × m` masks): the last φ
 * is eliminated as shap's KernelExplainer does (φ_m = total − Σ_{j<m} φ_j, regressing y − z_m·total on z_j − z_m),
 * so the constraint holds to rounding whatever the fit.
 */
export function constrainedLeastSquares(
  masks: Uint8Array,
  weights: Float64Array,
  m: number,
  y: Float64Array,
  total: number,
): Float64Array {
  const phi = new Float64Array(m);
  if (m === 0) return phi;
  const p = m - 1;
  const xtwx = new Float64Array(p * p);
  const xtwy = new Float64Array(p);
  const z = new Float64Array(p);
  for (let c = 0; c < weights.length; c++) {
    const last = masks[c * m + p]!;
    for (let k = 0; k < p; k++) z[k] = masks[c * m + k]! - last;
    const target = y[c]! - last * total;
    const w = weights[c]!;
    for (let i = 0; i < p; i++) {
      const wz = w * z[i]!;
      if (wz === 0) continue;
      xtwy[i]! += wz * target;
      for (let j = i; j < p; j++) xtwx[i * p + j]! += wz * z[j]!;
    }
  }
  for (let i = 0; i < p; i++) for (let j = 0; j < i; j++) xtwx[i * p + j] = xtwx[j * p + i]!;
  const solved = solveSymmetric(xtwx, p, xtwy);
  let sum = 0;
  for (let k = 0; k < p; k++) {
    phi[k] = solved[k]!;
    sum += solved[k]!;
  }
  phi[p] = total - sum;
  return phi;
}
