import { binaryExponent, powerOfTwo } from "./float-bits.js";

/** Math.pow keeps results at or above 2^-1000 normal; longer powers are taken in chunks of this many bits. */
const CHUNK_BITS = 1000;

/** The binary exponent of the last scaledPower result (a module variable, so hot loops allocate nothing). */
export let scaledPowerExponent = 0;

/**
 * (hi + lo)^m for hi > 0, an unevaluated sum with |lo| ≤ ulp(hi)/2 and an integer m ≥ 0, as a significand in [0.5, 1)
 * whose binary exponent is left in `scaledPowerExponent` — so 0.3^1e6 neither underflows nor loses its digits. The
 * tail lo enters to first order, which keeps the relative error near m·1e-32 plus a few ulp per 1000-bit chunk.
 */
export function scaledPower(hi: number, lo: number, m: number): number {
  if (m === 0) {
    scaledPowerExponent = 1;
    return 0.5;
  }
  const e = binaryExponent(hi);
  const f = hi * powerOfTwo(-e);
  let significand: number;
  let exponent = e * m;
  const bitsPerFactor = -Math.log2(f);
  if (m * bitsPerFactor <= CHUNK_BITS) {
    significand = f ** m;
  } else {
    // f^m = (f^k)^q · f^r with f^k ≥ 2^-1000; the q-th power recurses on f^k's significand.
    const k = Math.floor(CHUNK_BITS / bitsPerFactor);
    const q = Math.floor(m / k);
    const r = m - q * k;
    const chunk = f ** k;
    const chunkExponent = binaryExponent(chunk);
    const chunkPower = scaledPower(chunk * powerOfTwo(-chunkExponent), 0, q);
    exponent += chunkExponent * q + scaledPowerExponent;
    significand = chunkPower * f ** r;
  }
  significand += significand * (m * (lo / hi));
  const normalise = binaryExponent(significand);
  scaledPowerExponent = exponent + normalise;
  return significand * powerOfTwo(-normalise);
}
