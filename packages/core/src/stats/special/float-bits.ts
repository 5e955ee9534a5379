const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);
/** Index of the word holding the sign, the exponent and the top of the significand. */
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const TWO_64 = 2 ** 64;

/** 2^e as a double, exact for integers −1074 ≤ e ≤ 1023 (built from its bits, no rounding). */
export function powerOfTwo(e: number): number {
  if (e > 1023) return Number.POSITIVE_INFINITY;
  if (e < -1022) return e < -1074 ? 0 : powerOfTwo(e + 64) / TWO_64;
  words[HIGH] = (e + 1023) << 20;
  words[1 - HIGH] = 0;
  return scratch[0]!;
}

/** The binary exponent e of a finite x, so that x / 2^e lies in [0.5, 1) in magnitude (C's frexp); 0 for 0. */
export function binaryExponent(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  scratch[0] = x;
  const biased = (words[HIGH]! >>> 20) & 0x7ff;
  if (biased === 0) return binaryExponent(x * TWO_64) - 64;
  return biased - 1022;
}

/** x · 2^e without overflow or underflow in the intermediate power of two (C's ldexp). */
export function scaleByPowerOfTwo(x: number, e: number): number {
  let value = x;
  let rest = e;
  while (rest > 1000) {
    value *= powerOfTwo(1000);
    rest -= 1000;
  }
  while (rest < -1000) {
    value *= powerOfTwo(-1000);
    rest += 1000;
  }
  return value * powerOfTwo(rest);
}
