import { histogramCounts, quantileEdges, sturgesEdges } from "../stats/binning.js";
import { driftMethods } from "../stats/drift/registry.js";
import type { DriftMethodName } from "../stats/drift/types.js";
import { ascending } from "../stats/sorted-copy.js";
import type { PreparedColumn } from "./prepared-column.js";
import type { Distribution, DriftColumn } from "./types.js";

export type BinStrategy = { readonly type: "sturges" } | { readonly type: "quantile"; readonly bins: number };

export interface ColumnDriftOptions {
  /** `--drift-method`: used on every column it applies to; others keep their default. */
  readonly method?: DriftMethodName;
  /** `--drift-threshold`: replaces every method's default. */
  readonly threshold?: number;
  readonly bins: BinStrategy;
}

/** Above this many rows in the reference, Evidently switches from tests to distances. */
const SMALL_REFERENCE_ROWS = 1000;
/** Numerical columns with more distinct reference values than this are binned, else one bin per value. */
const MAX_VALUE_BINS = 20;
/** Categorical charts keep the most frequent categories and fold the rest. */
const MAX_CHART_CATEGORIES = 30;

function withoutMissing(values: Float64Array): Float64Array {
  let n = 0;
  for (let at = 0; at < values.length; at++) {
    const v = values[at]!;
    if (!Number.isNaN(v)) n++;
  }
  if (n === values.length) return values;
  const out = new Float64Array(n);
  let j = 0;
  for (let at = 0; at < values.length; at++) {
    const v = values[at]!;
    if (!Number.isNaN(v)) out[j++] = v;
  }
  return out;
}

function countCodes(codes: Int32Array, size: number): Float64Array {
  const counts = new Float64Array(size);
  for (let at = 0; at < codes.length; at++) {
    const c = codes[at]!;
    if (c >= 0) counts[c]! += 1;
  }
  return counts;
}

function distinctAtMost(values: Float64Array, cap: number, into = new Set<number>()): Set<number> {
  for (let i = 0; i < values.length && into.size <= cap; i++) into.add(values[i]!);
  return into;
}

function shares(counts: Float64Array): Float64Array {
  let total = 0;
  for (let at = 0; at < counts.length; at++) {
    const c = counts[at]!;
    total += c;
  }
  return counts.map((c) => (total > 0 ? c / total : 0));
}

interface Binned {
  readonly reference: Float64Array;
  readonly current: Float64Array;
  readonly distribution: Distribution;
}

function binNumerical(reference: Float64Array, current: Float64Array, strategy: BinStrategy): Binned {
  const referenceDistinct = distinctAtMost(reference, MAX_VALUE_BINS);
  if (referenceDistinct.size <= MAX_VALUE_BINS) {
    const values = [...distinctAtMost(current, Number.POSITIVE_INFINITY, new Set(referenceDistinct))].sort(
      (a, b) => a - b,
    );
    const index = new Map(values.map((v, i) => [v, i] as const));
    const count = (side: Float64Array) => {
      const out = new Float64Array(values.length);
      for (let at = 0; at < side.length; at++) {
        const v = side[at]!;
        out[index.get(v)!]! += 1;
      }
      return out;
    };
    const ref = count(reference);
    const cur = count(current);
    return {
      reference: ref,
      current: cur,
      distribution: categoricalDistribution(values.map(String), ref, cur),
    };
  }
  let edges: Float64Array;
  let clampOutside = false;
  if (strategy.type === "quantile") {
    edges = quantileEdges(reference, strategy.bins);
    clampOutside = true;
  } else {
    const both = new Float64Array(reference.length + current.length);
    both.set(reference);
    both.set(current, reference.length);
    edges = sturgesEdges(both);
  }
  const ref = histogramCounts(reference, edges, { clampOutside });
  const cur = histogramCounts(current, edges, { clampOutside });
  return {
    reference: ref,
    current: cur,
    distribution: { edges: [...edges], reference: [...ref], current: [...cur] },
  };
}

function categoricalDistribution(
  categories: readonly string[],
  ref: Float64Array,
  cur: Float64Array,
): Distribution {
  if (categories.length <= MAX_CHART_CATEGORIES) {
    return { categories, reference: [...ref], current: [...cur] };
  }
  const order = categories.map((_, i) => i).sort((a, b) => ref[b]! + cur[b]! - (ref[a]! + cur[a]!));
  const kept = order.slice(0, MAX_CHART_CATEGORIES - 1);
  const rest = order.slice(MAX_CHART_CATEGORIES - 1);
  const sum = (side: Float64Array) => rest.reduce((s, i) => s + side[i]!, 0);
  return {
    categories: [...kept.map((i) => categories[i]!), `(${rest.length} others)`],
    reference: [...kept.map((i) => ref[i]!), sum(ref)],
    current: [...kept.map((i) => cur[i]!), sum(cur)],
  };
}

/** Evidently's default: tests on small references, distances on large ones; few-valued columns as categories. */
export function defaultDriftMethod(
  kind: "numerical" | "categorical",
  distinctValues: number,
  referenceRows: number,
): DriftMethodName {
  const numerical = kind === "numerical" && distinctValues > 5;
  if (referenceRows <= SMALL_REFERENCE_ROWS) {
    if (numerical) return "ks";
    return distinctValues > 2 ? "chisquare" : "z";
  }
  return numerical ? "wasserstein" : "jensenshannon";
}

function applies(
  method: DriftMethodName,
  kind: "numerical" | "categorical",
  distinctValues: number,
): boolean {
  const input = driftMethods[method].input;
  if (input === "samples") return kind === "numerical";
  if (method === "z") return distinctValues <= 2;
  // Numerical columns count as categories only when they take few values (the same bound as the default rule).
  if (method === "chisquare") return kind === "categorical" || distinctValues <= 5;
  return true;
}

/** Runs the column's drift method; missing values are left out (quality counts them). */
export function columnDrift(column: PreparedColumn, options: ColumnDriftOptions): DriftColumn {
  if (column.kind === "text") throw new Error(`text column '${column.name}' is not drift-tested`);
  let distinct: number;
  // Evidently's small-reference rule counts the column's present values, not the file's rows.
  let referenceCount: number;
  let referenceSamples: Float64Array | undefined;
  let currentSamples: Float64Array | undefined;
  let counts: { reference: Float64Array; current: Float64Array; distribution: Distribution } | undefined;
  if (column.kind === "numerical") {
    // Sorted once here: binning and every sample method walk sorted arrays and skip their own sort. A side that
    // is already ascending (a reference sorted once for many windows) is used as it is, never written to.
    referenceSamples = ascending(withoutMissing(column.reference));
    currentSamples = ascending(withoutMissing(column.current));
    distinct = distinctAtMost(currentSamples, 5, distinctAtMost(referenceSamples, 5)).size;
    referenceCount = referenceSamples.length;
  } else {
    const ref = countCodes(column.reference, column.categories.length);
    const cur = countCodes(column.current, column.categories.length);
    distinct = column.categories.length;
    referenceCount = ref.reduce((sum, c) => sum + c, 0);
    counts = {
      reference: ref,
      current: cur,
      distribution: categoricalDistribution(column.categories, ref, cur),
    };
  }
  const forced = options.method;
  const method =
    forced && applies(forced, column.kind, distinct)
      ? forced
      : defaultDriftMethod(column.kind, distinct, referenceCount);
  const spec = driftMethods[method];
  const threshold = options.threshold ?? spec.defaultThreshold;

  let reference: Float64Array;
  let current: Float64Array;
  let distribution: Distribution;
  if (referenceSamples && currentSamples) {
    // Numerical: samples go to sample methods; counts per value or per bin go to the others.
    const binned = binNumerical(referenceSamples, currentSamples, options.bins);
    distribution = binned.distribution;
    if (spec.input === "samples") {
      reference = referenceSamples;
      current = currentSamples;
    } else {
      reference = spec.input === "shares" ? shares(binned.reference) : binned.reference;
      current = spec.input === "shares" ? shares(binned.current) : binned.current;
    }
  } else {
    const c = counts!;
    distribution = c.distribution;
    reference = spec.input === "shares" ? shares(c.reference) : c.reference;
    current = spec.input === "shares" ? shares(c.current) : c.current;
  }
  const result = spec.run(reference, current, threshold);
  return {
    column: column.name,
    role: column.role,
    kind: column.kind,
    method,
    statistic: result.statistic,
    pValue: result.pValue,
    threshold: result.threshold,
    drifted: result.drifted,
    distribution,
  };
}
