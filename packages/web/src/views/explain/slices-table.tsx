import { Link } from "react-router";
import type { Task } from "../../api/types";
import { Badge } from "../../components/badge";
import { type Column, SortableTable } from "../../components/sortable-table";
import { formatCount, formatNumber, formatPercent } from "../../format/format";
import type { Slice, SliceMetric } from "./explain-types";
import { sliceLabel } from "./slice-label";
import { performanceHref, sliceSegment } from "./slice-link";
import { sliceGapText, sliceHeadings, sliceValueText } from "./slice-values";

export interface SlicesTableProps {
  readonly model: string;
  readonly task: Task;
  readonly metric: SliceMetric;
  readonly slices: readonly Slice[];
  readonly segments: readonly string[];
  /** The current query string, whose window the performance links keep. */
  readonly search: string;
}

/** The worst slices first (the server's order), each with its size, value against the rest and significance. */
export function SlicesTable({ model, task, metric, slices, segments, search }: SlicesTableProps) {
  const headings = sliceHeadings(metric);
  const order = new Map(slices.map((s, i) => [s, i]));
  const columns: Column<Slice>[] = [
    {
      key: "slice",
      label: "Slice",
      render: (s) => {
        const label = sliceLabel(s.conditions);
        const segment = sliceSegment(s, segments);
        return segment === null ? (
          label
        ) : (
          <Link to={performanceHref(model, search, segment)} title="Performance of this segment">
            {label}
          </Link>
        );
      },
    },
    {
      key: "size",
      label: "Rows",
      numeric: true,
      sort: (s) => s.size,
      render: (s) => (
        <>
          {formatCount(s.size)} <span className="muted">({formatPercent(s.share)})</span>
        </>
      ),
    },
    {
      key: "value",
      label: headings.value,
      numeric: true,
      sort: (s) => s.value,
      render: (s) => sliceValueText(metric, task, s.value),
    },
    {
      key: "rest",
      label: headings.rest,
      numeric: true,
      sort: (s) => s.rest,
      render: (s) => sliceValueText(metric, task, s.rest),
    },
    {
      key: "gap",
      label: "Difference",
      numeric: true,
      sort: (s) => s.difference,
      render: (s) => sliceGapText(metric, task, s.value, s.rest),
    },
    ...(headings.baseline === null
      ? []
      : [
          {
            key: "baseline",
            label: headings.baseline,
            numeric: true,
            sort: (s: Slice) => s.baseline,
            render: (s: Slice) => sliceValueText(metric, task, s.baseline),
          },
        ]),
    {
      key: "p",
      label: "Adjusted p-value",
      numeric: true,
      sort: (s) => s.adjustedPValue,
      render: (s) => (
        <span title={`unadjusted ${formatNumber(s.pValue)}`}>{formatNumber(s.adjustedPValue)}</span>
      ),
    },
    {
      key: "significant",
      label: "Significant",
      // Descending = the server's order: most severe first.
      sort: (s) => -(order.get(s) ?? Number.POSITIVE_INFINITY),
      numeric: true,
      render: (s) =>
        s.significant ? (
          <Badge tone="bad">Significant</Badge>
        ) : (
          <Badge tone="neutral" title="could be chance after the Benjamini–Hochberg adjustment">
            Not significant
          </Badge>
        ),
    },
  ];
  return (
    <SortableTable
      rows={slices}
      columns={columns}
      rowKey={(s) => sliceLabel(s.conditions)}
      initialSort={{ key: "significant", descending: true }}
      caption="Slices where the metric is worst, most severe first"
      testId="slices-table"
    />
  );
}
