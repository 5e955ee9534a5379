import { linearQuantile } from "./linear-quantile.js";
import { isAscending } from "./sorted-copy.js";

/** Evenly spaced points from start to stop inclusive, with numpy.linspace's rounding (last point set to stop). */
function linspace(start: number, stop: number, num: number): Float64Array {
  const out = new Float64Array(num);
  const div = num - 1;
  const delta = stop - start;
  const step = delta / div;
  for (let i = 0; i < num; i++) {
    // numpy divides first when the step underflows to zero (denormal ranges).
    out[i] = (step === 0 ? (i / div) * delta : i * step) + start;
  }
  if (num > 1) out[num - 1] = stop;
  return out;
}

/**
 * numpy.histogram_bin_edges(values, bins="sturges"): ceil(range / (range / (log2 n + 1))) equal bins; a constant
 * column gets one bin [v − 0.5, v + 0.5] and an empty one [0, 1]. NaN is ignored; ±Infinity throws as in numpy.
 */
export function sturgesEdges(values: Float64Array): Float64Array {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let n = 0;
  for (let at = 0; at < values.length; at++) {
    const v = values[at]!;
    if (Number.isNaN(v)) continue;
    n++;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (n === 0) return Float64Array.of(0, 1);
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    throw new RangeError(`sturgesEdges: range [${min}, ${max}] is not finite`);
  }
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const width = (max - min) / (Math.log2(n) + 1);
  const bins = width ? Math.ceil((last - first) / width) : 1;
  return linspace(first, last, bins + 1);
}

/**
 * numpy.quantile(reference, linspace(0, 1, bins + 1)) with repeated edges dropped (as pandas.qcut's
 * duplicates="drop"), so heavy ties give fewer, never empty-width, bins; a constant reference gets the single bin
 * [v − 0.5, v + 0.5] (numpy's rule for a zero range) and an empty one [0, 1]. NaN is ignored.
 */
export function quantileEdges(reference: Float64Array, bins: number): Float64Array {
  if (!Number.isInteger(bins) || bins < 1)
    throw new RangeError(`quantileEdges: bins must be a positive integer`);
  const sorted = reference.filter((v) => !Number.isNaN(v)).sort();
  if (sorted.length === 0) return Float64Array.of(0, 1);
  const probabilities = linspace(0, 1, bins + 1);
  const edges: number[] = [];
  for (let at = 0; at < probabilities.length; at++) {
    const q = probabilities[at]!;
    const edge = linearQuantile(sorted, q);
    if (edges.length === 0 || edge > edges[edges.length - 1]!) edges.push(edge);
  }
  if (edges.length === 1) return Float64Array.of(edges[0]! - 0.5, edges[0]! + 0.5);
  return Float64Array.from(edges);
}

export interface HistogramOptions {
  /** Count values below the first edge in the first bin and above the last in the last (for reference-quantile bins). */
  readonly clampOutside?: boolean;
}

/**
 * numpy.histogram(values, edges)[0]: bin i holds edges[i] ≤ v < edges[i+1], the last bin also v = last edge;
 * values outside the edges are dropped, or with `clampOutside` counted as the nearest edge; NaN is always dropped.
 */
export function histogramCounts(
  values: Float64Array,
  edges: Float64Array,
  options: HistogramOptions = {},
): Float64Array {
  const bins = edges.length - 1;
  if (bins < 1) throw new RangeError("histogramCounts: need at least two edges");
  const counts = new Float64Array(bins);
  const first = edges[0]!;
  const last = edges[bins]!;
  const clamp = options.clampOutside === true;
  if (isAscending(values)) {
    // Sorted input (the report sorts each sample once): one walk over values and edges instead of a search each.
    let bin = 0;
    for (let at = 0; at < values.length; at++) {
      const value = values[at]!;
      if (value >= last) {
        if (value === last || clamp) counts[bins - 1]! += 1;
        continue;
      }
      if (value < first && !clamp) continue;
      const v = Math.max(value, first);
      while (bin < bins - 1 && edges[bin + 1]! <= v) bin++;
      counts[bin]! += 1;
    }
    return counts;
  }
  for (let at = 0; at < values.length; at++) {
    const value = values[at]!;
    if (Number.isNaN(value)) continue;
    if (value >= last) {
      if (value === last || clamp) counts[bins - 1]! += 1;
      continue;
    }
    if (value < first && !clamp) continue;
    // Clamping counts a low value as the first edge itself (numpy.clip, then numpy.histogram).
    const v = Math.max(value, first);
    // Largest i with edges[i] ≤ v; repeated edges leave the earlier bins empty, as numpy's searchsorted does.
    let lo = 0;
    let hi = bins;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (edges[mid]! <= v) lo = mid;
      else hi = mid;
    }
    counts[lo]! += 1;
  }
  return counts;
}

/** Each count over the total; all zeros when the total is zero. */
export function sharesFromCounts(counts: Float64Array): Float64Array {
  let total = 0;
  for (let at = 0; at < counts.length; at++) {
    const c = counts[at]!;
    total += c;
  }
  return counts.map((c) => (total > 0 ? c / total : 0));
}
