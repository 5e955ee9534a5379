import type { ReactNode } from "react";
import { Badge } from "../../components/badge";
import { type Column, SortableTable } from "../../components/sortable-table";
import { DASH, formatDelta, formatMetric, metricLabel } from "../../format/format";
import type { SideBySideRow } from "./side-by-side";

export interface SideBySideTableProps<T extends SideBySideRow> {
  readonly rows: readonly T[];
  /** Column headings of the two sides, e.g. "Baseline (v1)" and "Candidate (v2)". */
  readonly baseLabel: string;
  readonly candidateLabel: string;
  /** The short names the Better column uses, e.g. "Served" and "Candidate". */
  readonly baseName: string;
  readonly candidateName: string;
  readonly caption: string;
  readonly testId: string;
  /** A side's value and the difference as text; by default the metric's own unit (formatMetric, formatDelta). */
  readonly value?: (row: T, value: number | null) => string;
  readonly difference?: (row: T) => string;
  /** The first cell; by default the metric's label and which way is better. */
  readonly name?: (row: T) => ReactNode;
}

function BetterCell({ row, baseName, candidateName }: { readonly row: SideBySideRow } & Names) {
  switch (row.better) {
    case "candidate":
      return <Badge tone="good">{candidateName}</Badge>;
    case "base":
      return <Badge tone="warn">{baseName}</Badge>;
    case "tie":
      return <Badge tone="neutral">Tie</Badge>;
    default:
      return (
        <span
          className="muted"
          title={row.direction === null ? "neither way is better" : "a value is missing"}
        >
          {DASH}
        </span>
      );
  }
}

interface Names {
  readonly baseName: string;
  readonly candidateName: string;
}

export const directionText = (row: SideBySideRow): string =>
  row.direction === null ? "no better direction" : `${row.direction} is better`;

/** Two sides of each metric with candidate − base and the side the metric's direction favours. */
export function SideBySideTable<T extends SideBySideRow>({
  rows,
  baseLabel,
  candidateLabel,
  baseName,
  candidateName,
  caption,
  testId,
  value = (row, v) => formatMetric(row.metric, v),
  difference = (row) => formatDelta(row.metric, row.difference),
  name = (row) => (
    <>
      <span title={row.metric}>{metricLabel(row.metric)}</span>
      <div className="muted comparison-direction">{directionText(row)}</div>
    </>
  ),
}: SideBySideTableProps<T>) {
  const columns: Column<T>[] = [
    { key: "metric", label: "Metric", render: name, sort: (r) => metricLabel(r.metric) },
    {
      key: "base",
      label: baseLabel,
      numeric: true,
      render: (r) => <span data-side="base">{value(r, r.base)}</span>,
      sort: (r) => r.base,
    },
    {
      key: "candidate",
      label: candidateLabel,
      numeric: true,
      render: (r) => <span data-side="candidate">{value(r, r.candidate)}</span>,
      sort: (r) => r.candidate,
    },
    { key: "difference", label: "Difference", numeric: true, render: difference, sort: (r) => r.difference },
    {
      key: "better",
      label: "Better",
      render: (r) => <BetterCell row={r} baseName={baseName} candidateName={candidateName} />,
      sort: (r) => r.better,
    },
  ];
  return (
    <SortableTable rows={rows} columns={columns} rowKey={(r) => r.metric} caption={caption} testId={testId} />
  );
}
