import type { Column } from "../columns.js";
import { columnDrift, defaultDriftMethod } from "../report/column-drift.js";
import { sortCategories } from "../report/compare-categories.js";
import { prepareColumn } from "../report/prepare-column.js";
import { driftMethods } from "../stats/drift/registry.js";
import { wassersteinDrift, wassersteinScale } from "../stats/drift/wasserstein.js";
import { sortedCopy } from "../stats/sorted-copy.js";
import type { SourceColumn } from "../table.js";
import { gatherColumn, hasValues } from "./gather-rows.js";
import type { ModelSpec } from "./monitored-rows.js";

/** One feature's drift on some rows: the report's statistic and verdict for that column. */
export interface FeatureDrift {
  readonly statistic: number | null;
  readonly drifted: boolean;
}

/** The drift of a feature on the current rows `rows` (indices into `column`); undefined when a side has no values. */
export type MeasureDrift = (column: Column | undefined, rows: Int32Array) => FeatureDrift | undefined;

const BINS = { type: "sturges" } as const;

/** column-drift's distinct count: adds values until more than `cap` are held. */
function distinctAtMost(values: Float64Array, cap: number, into: Set<number>): Set<number> {
  for (let i = 0; i < values.length && into.size <= cap; i++) into.add(values[i]!);
  return into;
}

/** column-drift's shares: counts over their total (summed in order), 0 for an empty side. */
function shares(counts: Float64Array): Float64Array {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i]!;
  return counts.map((c) => (total > 0 ? c / total : 0));
}

/** The column's finite values at `rows`, sorted ascending. */
function sortedFinite(values: Float64Array, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length);
  let m = 0;
  for (let k = 0; k < rows.length; k++) {
    const v = values[rows[k]!]!;
    if (Number.isFinite(v)) out[m++] = v;
  }
  // The sorted copy `columnDrift` makes (a radix sort for large windows).
  return sortedCopy(out.subarray(0, m));
}

/** The report's path for a column pair: prepare (kind forced by the model), then `columnDrift`. */
function reportPath(feature: ModelSpec["features"][number], reference: SourceColumn): MeasureDrift {
  return (column, rows) => {
    if (!column) return undefined;
    const current = gatherColumn(column, rows);
    if (!hasValues(current)) return undefined;
    const prepared = prepareColumn({
      name: feature.name,
      role: "feature",
      reference,
      current: {
        name: feature.name,
        sourceType: current.kind === "numerical" ? "float" : "string",
        column: current,
      },
      referenceFile: "reference",
      currentFile: "current",
      forcedKind: feature.kind,
    });
    return columnDrift(prepared, { bins: BINS });
  };
}

/**
 * Numerical: the reference's finite values sorted once; each window's sorted values go to the sample method the
 * report would pick (`columnDrift`'s rule) with the same arrays, so the statistic is the report's to the bit.
 * Few-valued columns, whose methods take binned counts, go through `columnDrift` with the presorted reference.
 */
function numericalDrift(name: string, reference: Float64Array): MeasureDrift {
  let m = 0;
  const finite = new Float64Array(reference.length);
  for (let i = 0; i < reference.length; i++) if (Number.isFinite(reference[i]!)) finite[m++] = reference[i]!;
  const samples = sortedCopy(finite.subarray(0, m));
  const referenceDistinct = distinctAtMost(samples, 5, new Set());
  // The normed Wasserstein divides by the reference's std: computed once, on first use.
  let scale: number | undefined;
  return (column, rows) => {
    if (column?.kind !== "numerical") return undefined;
    const current = sortedFinite(column.values, rows);
    if (current.length === 0) return undefined;
    const distinct = distinctAtMost(current, 5, new Set(referenceDistinct)).size;
    const method = driftMethods[defaultDriftMethod("numerical", distinct, samples.length)];
    if (method.name === "wasserstein") {
      scale ??= wassersteinScale(samples);
      return wassersteinDrift(samples, current, method.defaultThreshold, scale);
    }
    if (method.input === "samples") return method.run(samples, current, method.defaultThreshold);
    return columnDrift(
      {
        name,
        kind: "numerical",
        role: "feature",
        reference: samples,
        current,
        typeErrors: { reference: 0, current: 0 },
      },
      { bins: BINS },
    );
  };
}

/**
 * Categorical: counts per category over the union of both sides' values in sorted order (what `prepareColumn`
 * builds), the reference's counted once; then the method `columnDrift` picks, on counts or shares.
 */
function categoricalDrift(reference: Column & { kind: "categorical" }): MeasureDrift {
  const referenceCounts = new Map<string, number>();
  let referenceCount = 0;
  for (let i = 0; i < reference.codes.length; i++) {
    const c = reference.codes[i]!;
    if (c < 0) continue;
    const label = reference.categories[c]!;
    referenceCounts.set(label, (referenceCounts.get(label) ?? 0) + 1);
    referenceCount++;
  }
  const referenceLabels = sortCategories([...referenceCounts.keys()]);
  return (column, rows) => {
    if (column?.kind !== "categorical") return undefined;
    const counts = new Float64Array(column.categories.length);
    let present = 0;
    for (let k = 0; k < rows.length; k++) {
      const c = column.codes[rows[k]!]!;
      if (c >= 0) {
        counts[c]! += 1;
        present++;
      }
    }
    if (present === 0) return undefined;
    const byLabel = new Map<string, number>();
    let unseen = false;
    for (let c = 0; c < counts.length; c++) {
      if (counts[c]! === 0) continue;
      const label = column.categories[c]!;
      byLabel.set(label, (byLabel.get(label) ?? 0) + counts[c]!);
      if (!referenceCounts.has(label)) unseen = true;
    }
    const labels = unseen
      ? sortCategories([...new Set([...referenceLabels, ...byLabel.keys()])])
      : referenceLabels;
    const ref = Float64Array.from(labels, (l) => referenceCounts.get(l) ?? 0);
    const cur = Float64Array.from(labels, (l) => byLabel.get(l) ?? 0);
    const method = driftMethods[defaultDriftMethod("categorical", labels.length, referenceCount)];
    const input = method.input === "shares";
    return method.run(input ? shares(ref) : ref, input ? shares(cur) : cur, method.defaultThreshold);
  };
}

/**
 * A feature's drift against a fixed reference for many windows, the reference prepared once: the statistic and
 * verdict `buildReport` gives that column (default method and threshold) on the window's rows. Columns whose
 * stored kind differs from the model's take the report's own path per window.
 */
export function referenceDrift(
  feature: ModelSpec["features"][number],
  reference: SourceColumn | undefined,
): MeasureDrift {
  if (!reference || !hasValues(reference.column)) return () => undefined;
  const source = reference.column;
  const slow = reportPath(feature, reference);
  if (feature.kind === "numerical" && source.kind === "numerical") {
    const fast = numericalDrift(feature.name, source.values);
    return (column, rows) => (column?.kind === "categorical" ? slow(column, rows) : fast(column, rows));
  }
  if (feature.kind === "categorical" && source.kind === "categorical") {
    const fast = categoricalDrift(source);
    return (column, rows) => (column?.kind === "numerical" ? slow(column, rows) : fast(column, rows));
  }
  return slow;
}
