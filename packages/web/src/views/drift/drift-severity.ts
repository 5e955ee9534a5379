import type { DriftColumn } from "@telltale/core";
import { formatNumber } from "../../format/format";
import { comparesPValue } from "./drift-methods";

export type DriftVerdict = Pick<
  DriftColumn,
  "column" | "method" | "statistic" | "pValue" | "threshold" | "drifted"
>;

/**
 * How far a column is past its threshold, as log10 of a ratio above 1 when past: threshold / p for tests,
 * statistic / threshold for distances, so a test and a distance rank on one scale. A p-value of 0 (chi-square with a
 * category the reference lacks) is infinitely past; null when the value compared is missing.
 */
export function driftSeverity(c: DriftVerdict): number | null {
  if (comparesPValue(c.method)) {
    if (c.pValue === null) return null;
    if (c.pValue <= 0) return Number.POSITIVE_INFINITY;
    return c.threshold <= 0 ? Number.NEGATIVE_INFINITY : Math.log10(c.threshold / c.pValue);
  }
  if (c.statistic === null) return null;
  if (c.threshold <= 0) return c.statistic > 0 ? Number.POSITIVE_INFINITY : 0;
  return c.statistic <= 0 ? Number.NEGATIVE_INFINITY : Math.log10(c.statistic / c.threshold);
}

/** Drifted first, then most severe first; columns without a verdict last, ties by name. */
export function compareDriftSeverity(a: DriftVerdict, b: DriftVerdict): number {
  if (a.drifted !== b.drifted) return a.drifted ? -1 : 1;
  const x = driftSeverity(a);
  const y = driftSeverity(b);
  if (x === null || y === null) {
    if (x !== y) return x === null ? 1 : -1;
  } else if (x !== y) {
    return y > x ? 1 : -1;
  }
  return a.column.localeCompare(b.column);
}

export function sortBySeverity<T extends DriftVerdict>(columns: readonly T[]): T[] {
  return [...columns].sort(compareDriftSeverity);
}

/** What the column is compared with: `p < 0.05` for tests (KS drifts at p ≤ threshold), `≥ 0.1` for distances. */
export function thresholdText(c: Pick<DriftColumn, "method" | "threshold">): string {
  if (!comparesPValue(c.method)) return `≥ ${formatNumber(c.threshold)}`;
  return `p ${c.method === "ks" ? "≤" : "<"} ${formatNumber(c.threshold)}`;
}
