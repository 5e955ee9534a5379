const PI_SQUARED = Math.PI ** 2;
const PI_FOURTH = Math.PI ** 4;
const PI_SIXTH = Math.PI ** 6;
const SQRT_TWO_PI = Math.sqrt(2 * Math.PI);
const SQRT_THREE = Math.sqrt(3);
/** Below exp(−708) the leading theta term underflows: the CDF is 0 to double precision. */
const MIN_LOG = -708;

/**
 * The Pelz–Good (1976) approximation to P(Dₙ ≤ x): the Li-Chien/Korolyuk expansion K₀ + K₁/√n + K₂/n + K₃/n^1.5 in
 * z = x√n, each Kᵢ rewritten through Jacobi's theta identity into sums over q = exp(−π²/(8z²)) that converge fast for
 * small z. Sums run over k = ⌈16z/π⌉ … 1 as in scipy's _ksstats.
 */
export function pelzGoodCdf(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const logQ = -PI_SQUARED / 8 / z2;
  if (logQ < MIN_LOG) return 0;
  let q = Math.exp(logQ);
  // Coefficients of m², m⁴, m⁶ (m = 2k − 1) in the odd-index theta sums of K₁, K₂, K₃.
  const k1a = -z2;
  const k1b = PI_SQUARED / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI_SQUARED) / 4;
  const k2c = (PI_FOURTH * (1 - 2 * z2)) / 16;
  const k3d = (PI_SIXTH * (5 - 30 * z2)) / 64;
  const k3c = (PI_FOURTH * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI_SQUARED * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const terms = Math.ceil((16 * z) / Math.PI);
  // Σₖ c(m) q^(m²) = q · Σₖ c(m) q^(m² − 1), by Horner's rule in q^(8k) from the largest k down.
  let k0 = 0;
  let k1 = 0;
  let k2 = 0;
  let k3 = 0;
  for (let k = terms; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const factor = q ** (8 * k);
    k0 = k0 * factor + 1;
    k1 = k1 * factor + (k1a + k1b * m2);
    k2 = k2 * factor + (k2a + k2b * m2 + k2c * m4);
    k3 = k3 * factor + (k3a + k3b * m2 + k3c * m4 + k3d * m6);
  }
  const common = q * SQRT_TWO_PI;
  k0 = (k0 * common) / z;
  k1 = (k1 * common) / (6 * z4);
  k2 = (k2 * common) / (72 * z ** 7);
  k3 = (k3 * common) / (6480 * z ** 10);
  // The sums over all k ≥ 1 of K₂ and K₃: k² q^(k²) and (3z² − π²k²) k² q^(k²), with q = exp(−π²/(2z²)).
  q = Math.exp(-PI_SQUARED / 2 / z2);
  let extra2 = 0;
  let extra3 = 0;
  const sqrt3z = SQRT_THREE * z;
  for (let k = terms; k > 0; k--) {
    const k2Square = k * k;
    const kPi = Math.PI * k;
    const weight = q ** k2Square;
    extra2 += k2Square * weight;
    extra3 += (sqrt3z + kPi) * (sqrt3z - kPi) * k2Square * weight;
  }
  k2 += (extra2 * PI_SQUARED * SQRT_TWO_PI) / (-36 * z3);
  k3 += (extra3 * PI_SQUARED * SQRT_TWO_PI) / (216 * z6);
  return k0 + k1 / Math.sqrt(n) + k2 / n + k3 / n ** 1.5;
}
