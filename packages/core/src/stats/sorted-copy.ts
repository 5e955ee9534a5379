/** Below this length the engine's comparison sort wins over the radix sort's fixed passes. */
const RADIX_MIN_LENGTH = 1 << 14;
const BUCKETS = 1 << 16;
const MASK = BUCKETS - 1;

/**
 * An ascending sorted copy of `values` (no NaN expected). Large arrays use an LSD radix sort on the IEEE-754 bits
 * made order-preserving (sign bit flipped for positives, all bits flipped for negatives): four 16-bit passes run
 * several times faster than a comparison sort on a million doubles. −0 sorts before +0.
 */
export function sortedCopy(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < RADIX_MIN_LENGTH) return values.slice().sort();
  let keysHi = new Uint32Array(n);
  let keysLo = new Uint32Array(n);
  const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  const little = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  for (let i = 0; i < n; i++) {
    let hi = words[2 * i + (little ? 1 : 0)]!;
    let lo = words[2 * i + (little ? 0 : 1)]!;
    if (hi & 0x80000000) {
      hi = ~hi >>> 0;
      lo = ~lo >>> 0;
    } else {
      hi = (hi | 0x80000000) >>> 0;
    }
    keysHi[i] = hi;
    keysLo[i] = lo;
  }
  let tmpHi = new Uint32Array(n);
  let tmpLo = new Uint32Array(n);
  const counts = new Uint32Array(BUCKETS);
  // Four 16-bit passes: two over the low word, two over the high word; each pass is a stable counting sort.
  for (let pass = 0; pass < 4; pass++) {
    const shift = (pass & 1) * 16;
    const source = pass < 2 ? keysLo : keysHi;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(source[i]! >>> shift) & MASK]!++;
    if (counts[(source[0]! >>> shift) & MASK] === n) continue;
    let total = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const c = counts[b]!;
      counts[b] = total;
      total += c;
    }
    for (let i = 0; i < n; i++) {
      const at = counts[((pass < 2 ? keysLo[i]! : keysHi[i]!) >>> shift) & MASK]!++;
      tmpHi[at] = keysHi[i]!;
      tmpLo[at] = keysLo[i]!;
    }
    [keysHi, tmpHi] = [tmpHi, keysHi];
    [keysLo, tmpLo] = [tmpLo, keysLo];
  }
  const out = new Float64Array(n);
  const outWords = new Uint32Array(out.buffer);
  for (let i = 0; i < n; i++) {
    let hi = keysHi[i]!;
    let lo = keysLo[i]!;
    if (hi & 0x80000000) {
      hi = (hi & 0x7fffffff) >>> 0;
    } else {
      hi = ~hi >>> 0;
      lo = ~lo >>> 0;
    }
    outWords[2 * i + (little ? 1 : 0)] = hi;
    outWords[2 * i + (little ? 0 : 1)] = lo;
  }
  return out;
}

export function isAscending(values: Float64Array): boolean {
  for (let i = 1; i < values.length; i++) if (!(values[i - 1]! <= values[i]!)) return false;
  return !Number.isNaN(values[0] ?? 0);
}

/** `values` itself when already ascending (the caller must not write to the result), else a sorted copy. */
export function ascending(values: Float64Array): Float64Array {
  return isAscending(values) ? values : sortedCopy(values);
}
