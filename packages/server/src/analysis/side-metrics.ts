import { type ModelSpec, type MonitoredRows, windowReport } from "@telltale/core";

/**
 * A side's performance over its labelled rows and the model's business metrics, as the window report computes
 * them; the rows stand in as their own reference since only the current side's values are read.
 */
export function sideMetrics(spec: ModelSpec, rows: MonitoredRows) {
  const report =
    rows.rows === 0
      ? null
      : windowReport({ spec: { ...spec, features: [] }, reference: rows, current: rows }).report;
  return {
    metrics: (report?.classification?.current ?? report?.regression?.current ?? null) as Readonly<
      Record<string, number | null>
    > | null,
    business: Object.fromEntries((report?.business ?? []).map((b) => [b.name, b.current])) as Readonly<
      Record<string, number | null>
    >,
  };
}

/** Rows with a label. */
export function countLabelled(rows: MonitoredRows): number {
  const label = rows.label?.column;
  if (!label) return 0;
  let n = 0;
  if (label.kind === "categorical") {
    for (let i = 0; i < label.codes.length; i++) if (label.codes[i]! >= 0) n++;
  } else {
    for (let i = 0; i < label.values.length; i++) if (!Number.isNaN(label.values[i]!)) n++;
  }
  return n;
}
