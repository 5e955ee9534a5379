import type { DriftColumn } from "@telltale/core";
import { seriesOf } from "../../api/queries";
import type { Timeseries } from "../../api/types";
import { Badge } from "../../components/badge";
import { type Column, SortableTable } from "../../components/sortable-table";
import { DASH, formatNumber } from "../../format/format";
import type { ResolvedWindow } from "../../state/view-state";
import { comparesPValue, methodLabel } from "./drift-methods";
import { driftMetric } from "./drift-rows";
import { thresholdText } from "./drift-severity";
import { ReferenceSparkline } from "./reference-sparkline";

export interface DriftTableProps {
  /** Already in severity order: the table's default order. */
  readonly rows: readonly DriftColumn[];
  readonly series: Timeseries | undefined;
  readonly seriesFailed: boolean;
  readonly window: ResolvedWindow;
  readonly selected: string | undefined;
  readonly onSelect: (column: string) => void;
}

function Verdict({ row }: { readonly row: DriftColumn }) {
  if (row.drifted) return <Badge tone="bad">Drifted</Badge>;
  if (row.statistic === null && row.pValue === null)
    return (
      <Badge tone="neutral" title="no values on one side">
        Not tested
      </Badge>
    );
  return <Badge tone="good">No drift</Badge>;
}

function OverTime({ row, props }: { readonly row: DriftColumn; readonly props: DriftTableProps }) {
  if (row.role !== "feature") return <span className="muted">features only</span>;
  if (props.series === undefined)
    return <span className="muted">{props.seriesFailed ? "unavailable" : "loading…"}</span>;
  const metric = driftMetric(row.column);
  return (
    <ReferenceSparkline
      points={seriesOf(props.series, metric)}
      metric={metric}
      from={props.window.from}
      to={props.window.to}
      {...(comparesPValue(row.method) ? {} : { reference: { value: row.threshold } })}
      label={`${methodLabel(row.method)} of ${row.column} over the window`}
    />
  );
}

/** Every listed column's drift verdict, sortable, with its statistic over time; rows select a feature. */
export function DriftTable(props: DriftTableProps) {
  const rank = new Map(props.rows.map((r, i) => [r.column, i]));
  const columns: Column<DriftColumn>[] = [
    {
      key: "column",
      label: "Column",
      sort: (r) => r.column,
      render: (r) => (
        <>
          <span className="drift-column-name">{r.column}</span>
          {r.role !== "feature" && (
            <>
              {" "}
              <Badge tone="info" title="a model output, not an input feature">
                {r.role}
              </Badge>
            </>
          )}
        </>
      ),
    },
    { key: "kind", label: "Kind", sort: (r) => r.kind, render: (r) => r.kind },
    {
      key: "method",
      label: "Method",
      sort: (r) => methodLabel(r.method),
      render: (r) => (
        <span title={comparesPValue(r.method) ? "a test: its p-value is compared" : "a distance"}>
          {methodLabel(r.method)}
        </span>
      ),
    },
    {
      key: "statistic",
      label: "Statistic",
      numeric: true,
      sort: (r) => r.statistic,
      render: (r) => <span data-field="statistic">{formatNumber(r.statistic)}</span>,
    },
    {
      key: "pValue",
      label: "p-value",
      numeric: true,
      sort: (r) => r.pValue,
      render: (r) => (r.pValue === null ? DASH : formatNumber(r.pValue)),
    },
    { key: "threshold", label: "Drifts at", numeric: true, render: thresholdText },
    {
      key: "drifted",
      label: "Drift",
      numeric: true,
      // Descending = the severity order: drifted first, then furthest past the threshold.
      sort: (r) => -(rank.get(r.column) ?? Number.POSITIVE_INFINITY),
      render: (r) => <Verdict row={r} />,
    },
    { key: "overTime", label: "Statistic over time", render: (r) => <OverTime row={r} props={props} /> },
  ];
  return (
    <SortableTable
      rows={props.rows}
      columns={columns}
      rowKey={(r) => r.column}
      initialSort={{ key: "drifted", descending: true }}
      caption="Drift per column, most severe first; press Enter on a row to see its distributions"
      onSelect={(r) => props.onSelect(r.column)}
      {...(props.selected !== undefined ? { selected: props.selected } : {})}
      testId="drift-table"
    />
  );
}
