import type { DriftMethodName } from "@telltale/core";
import { Badge } from "../../components/badge";
import { type Column, SortableTable } from "../../components/sortable-table";
import { formatNumber, formatPercent } from "../../format/format";
import { methodLabel } from "../drift/drift-methods";
import type { DriftImpactRow } from "./explain-types";

const columns: Column<DriftImpactRow>[] = [
  {
    key: "feature",
    label: "Feature",
    sort: (r) => r.feature,
    render: (r) => (
      <>
        <strong>{r.feature}</strong>{" "}
        {r.drifted ? <Badge tone="bad">Drifted</Badge> : <Badge tone="good">No drift</Badge>}
      </>
    ),
  },
  { key: "method", label: "Drift method", render: (r) => methodLabel(r.method as DriftMethodName) },
  {
    key: "statistic",
    label: "Drift statistic",
    numeric: true,
    sort: (r) => r.statistic,
    render: (r) => formatNumber(r.statistic),
  },
  {
    key: "importance",
    label: "Importance",
    numeric: true,
    sort: (r) => r.importance,
    render: (r) => formatNumber(r.importance),
  },
  {
    key: "share",
    label: "Share of importance",
    numeric: true,
    sort: (r) => r.importanceShare,
    render: (r) => formatPercent(r.importanceShare),
  },
  {
    key: "impact",
    label: "Impact",
    numeric: true,
    sort: (r) => r.impact,
    render: (r) => <span title="drift statistic × share of importance">{formatNumber(r.impact)}</span>,
  },
];

/** Features by drift × importance share: a drifted feature the model leans on explains a change, a drifted one it ignores does not. */
export function DriftImpactTable({ rows }: { readonly rows: readonly DriftImpactRow[] }) {
  return (
    <SortableTable
      rows={rows}
      columns={columns}
      rowKey={(r) => r.feature}
      initialSort={{ key: "impact", descending: true }}
      caption="What explains this change: features by drift statistic times share of importance"
      testId="drift-impact-table"
    />
  );
}
