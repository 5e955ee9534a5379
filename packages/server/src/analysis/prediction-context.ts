import { type Column, linearQuantile } from "@telltale/core";

export const HISTOGRAM_BINS = 20;
export const TOP_CATEGORIES = 10;

export interface NumericalContext {
  /** scipy.stats.percentileofscore(reference, value, kind="weak"): 100 × the share of reference values ≤ value. */
  readonly percentile: number | null;
  readonly min: number;
  readonly max: number;
  /** numpy.quantile's default linear interpolation. */
  readonly p05: number;
  readonly p50: number;
  readonly p95: number;
  /** numpy.histogram with equal-width bins over [min, max], the last bin closed. */
  readonly histogram: { readonly edges: number[]; readonly counts: number[] };
}

export interface CategoricalContext {
  /** The value's share of the reference rows that have a value; 0 when it never occurs. */
  readonly share: number;
  /** The 10 most common values, ties in code-point order of the value. */
  readonly top: { readonly value: string; readonly share: number }[];
}

export type FeatureReference =
  | { readonly numerical: NumericalContext }
  | { readonly categorical: CategoricalContext };

export interface QualityFlag {
  readonly feature: string;
  readonly kind: "missing" | "outOfRange" | "unseenCategory";
  readonly message: string;
}

/** numpy.histogram(values, bins=20): a constant column spans [v − 0.5, v + 0.5]; bins are fixed against their edges. */
export function equalWidthHistogram(sorted: Float64Array): { edges: number[]; counts: number[] } {
  let first = sorted[0]!;
  let last = sorted[sorted.length - 1]!;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const step = (last - first) / HISTOGRAM_BINS;
  const edges = Array.from({ length: HISTOGRAM_BINS + 1 }, (_, i) =>
    i === HISTOGRAM_BINS ? last : first + i * step,
  );
  const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
  for (const v of sorted) {
    let bin = Math.min(HISTOGRAM_BINS - 1, Math.floor(((v - first) / (last - first)) * HISTOGRAM_BINS));
    // The division can land a value one bin off its edges: the edges decide, as numpy's correction does.
    if (v < edges[bin]!) bin -= 1;
    else if (bin < HISTOGRAM_BINS - 1 && v >= edges[bin + 1]!) bin += 1;
    counts[bin]! += 1;
  }
  return { edges, counts };
}

function numericalContext(values: Float64Array, value: number | null): NumericalContext | null {
  const present = Float64Array.from(values.filter((v) => !Number.isNaN(v))).sort();
  const n = present.length;
  if (n === 0) return null;
  const min = present[0]!;
  const max = present[n - 1]!;
  const histogram = equalWidthHistogram(present);
  let atOrBelow = 0;
  if (value !== null) for (const v of present) if (v <= value) atOrBelow++;
  return {
    percentile: value === null ? null : (100 * atOrBelow) / n,
    min,
    max,
    p05: linearQuantile(present, 0.05),
    p50: linearQuantile(present, 0.5),
    p95: linearQuantile(present, 0.95),
    histogram,
  };
}

function categoricalContext(
  codes: Int32Array,
  categories: readonly string[],
  value: string | null,
): CategoricalContext | null {
  const counts = new Array<number>(categories.length).fill(0);
  let present = 0;
  for (const code of codes) {
    if (code < 0) continue;
    counts[code]! += 1;
    present++;
  }
  if (present === 0) return null;
  const index = value === null ? -1 : categories.indexOf(value);
  const top = categories
    .map((category, i) => ({ value: category, share: counts[i]! / present }))
    .filter((c) => c.share > 0)
    .sort((a, b) => b.share - a.share || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, TOP_CATEGORIES);
  return { share: index < 0 ? 0 : counts[index]! / present, top };
}

/** Where one feature value falls in the reference's column, and what is unusual about it. */
export function featureInReference(
  name: string,
  value: number | string | null,
  reference: Column | undefined,
): { reference: FeatureReference | null; flag: QualityFlag | null } {
  if (value === null) {
    return {
      reference: reference === undefined ? null : contextOf(reference, null),
      flag: { feature: name, kind: "missing", message: `${name} is missing` },
    };
  }
  if (reference === undefined) return { reference: null, flag: null };
  const context = contextOf(reference, value);
  if (context === null) return { reference: null, flag: null };
  if ("numerical" in context && typeof value === "number") {
    const { min, max } = context.numerical;
    if (value < min || value > max) {
      return {
        reference: context,
        flag: {
          feature: name,
          kind: "outOfRange",
          message: `${name} = ${value} is outside the reference's range [${min}, ${max}]`,
        },
      };
    }
  }
  if ("categorical" in context && context.categorical.share === 0) {
    return {
      reference: context,
      flag: {
        feature: name,
        kind: "unseenCategory",
        message: `${name} = '${value}' never occurs in the reference`,
      },
    };
  }
  return { reference: context, flag: null };
}

function contextOf(column: Column, value: number | string | null): FeatureReference | null {
  if (column.kind === "numerical") {
    const numeric = typeof value === "number" ? value : null;
    const context = numericalContext(column.values, numeric);
    return context === null ? null : { numerical: context };
  }
  const context = categoricalContext(column.codes, column.categories, value === null ? null : String(value));
  return context === null ? null : { categorical: context };
}
