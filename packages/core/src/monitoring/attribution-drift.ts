import { importanceNdcg } from "../importance/importance-ndcg.js";
import { meanAbsoluteImportance } from "../importance/mean-absolute-importance.js";
import type { MonitoredRows } from "./monitored-rows.js";

/** A bucket's value and the rows behind it. */
export interface AttributionValue {
  readonly value: number | null;
  readonly count: number;
}

const numericalColumns = (rows: MonitoredRows) =>
  (rows.attributions ?? []).flatMap((c) =>
    c.column.kind === "numerical" ? [{ name: c.name, values: c.column.values }] : [],
  );

/** A feature's mean |attribution| over some rows; null when none of them logged one. */
export function importanceOn(current: MonitoredRows, feature: string, rows: Int32Array): AttributionValue {
  const column = numericalColumns(current).find((c) => c.name === feature);
  if (!column) return { value: null, count: 0 };
  const [result] = meanAbsoluteImportance([column], rows);
  return { value: result?.importance ?? null, count: result?.count ?? 0 };
}

/**
 * Attribution drift against the reference's logged attributions (its `attribution.<feature>` columns): NDCG of
 * the rows' importance ranking, as SageMaker Clarify measures it; undefined when the reference logged none.
 */
export function referenceAttributionNdcg(
  reference: MonitoredRows,
): ((current: MonitoredRows, rows: Int32Array) => AttributionValue) | undefined {
  const baseline = new Map(
    meanAbsoluteImportance(numericalColumns(reference)).flatMap((r) =>
      r.importance === null ? [] : [[r.feature, r.importance] as const],
    ),
  );
  if (baseline.size === 0) return undefined;
  return (current, rows) => {
    const measured = meanAbsoluteImportance(numericalColumns(current), rows);
    const now = new Map(
      measured.flatMap((r) => (r.importance === null ? [] : [[r.feature, r.importance] as const])),
    );
    const count = measured.reduce((most, r) => Math.max(most, r.count), 0);
    return count === 0 ? { value: null, count: 0 } : { value: importanceNdcg(baseline, now), count };
  };
}
