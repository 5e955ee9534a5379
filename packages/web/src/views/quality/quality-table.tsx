import type { QualityColumn } from "@telltale/core";
import type { ReactNode } from "react";
import { seriesOf } from "../../api/queries";
import type { FeatureInfo } from "../../api/types";
import { PALETTE } from "../../charts/palette";
import { Badge } from "../../components/badge";
import { type Column, SortableTable } from "../../components/sortable-table";
import { DASH, formatCount, formatPercent } from "../../format/format";
import type { ResolvedWindow } from "../../state/view-state";
import { ReferenceSparkline } from "../drift/reference-sparkline";
import { missingShareMetric, problemShareLabel, problemShareMetric } from "./quality-metrics";
import { PROBLEM_LABELS, type QualityRow } from "./quality-problems";
import type { QualitySeries } from "./quality-series";

/** New categories listed by name in a cell before "+n more". */
const LISTED_CATEGORIES = 2;

export interface QualityTableProps {
  /** Already problems first: the table's default order. */
  readonly rows: readonly QualityRow[];
  readonly features: readonly FeatureInfo[];
  readonly series: QualitySeries;
  readonly window: ResolvedWindow;
  readonly selected: string | undefined;
  readonly onSelect: (column: string) => void;
}

function missingText(count: number, share: number | null): ReactNode {
  if (count === 0) return "0%";
  return (
    <>
      {formatPercent(share)} <span className="muted">({formatCount(count)})</span>
    </>
  );
}

function Flagged({ on, children }: { readonly on: boolean; readonly children: ReactNode }) {
  return <span className={on ? "quality-flag" : undefined}>{children}</span>;
}

function newCategoriesText(q: QualityColumn): ReactNode {
  if (q.newCategories.length === 0) return "0";
  const listed = q.newCategories.slice(0, LISTED_CATEGORIES);
  const more = q.newCategories.length - listed.length;
  return (
    <>
      <strong>{formatCount(q.newCategories.length)}</strong>:{" "}
      {listed.map((c, i) => (
        <span key={c.value}>
          {i > 0 && ", "}
          <code>{c.value}</code> <span className="muted">×{formatCount(c.count)}</span>
        </span>
      ))}
      {more > 0 && <span className="muted">, +{formatCount(more)} more</span>}
    </>
  );
}

/** A column constant in the reference is no new problem, yet worth a flag: every other value is then out of range or a new category. */
function ReferenceConstant({ q }: { readonly q: QualityColumn }) {
  if (!q.constant.reference) return null;
  return (
    <Badge tone="neutral" title="one value only in the reference">
      {q.constant.current ? "constant on both sides" : "constant in reference"}
    </Badge>
  );
}

/** Per column: missing shares on both sides, unseen categories, out-of-range values, type errors, constancy. */
export function QualityTable(props: QualityTableProps) {
  const { rows, features, series, window } = props;
  const feature = (name: string) => features.find((f) => f.name === name);
  const rank = new Map(rows.map((r, i) => [r.column, i]));
  const spark = (
    row: QualityRow,
    metric: (f: FeatureInfo) => string,
    data: QualitySeries["missing"],
    label: string,
    reference?: number,
  ): ReactNode => {
    const f = feature(row.column);
    if (f === undefined) return <span className="muted">features only</span>;
    if (data.data === undefined)
      return <span className="muted">{data.error ? "unavailable" : "loading…"}</span>;
    const name = metric(f);
    return (
      <ReferenceSparkline
        points={seriesOf(data.data, name)}
        metric={name}
        from={window.from}
        to={window.to}
        {...(reference !== undefined ? { reference: { value: reference, colour: PALETTE.reference } } : {})}
        label={`${label} of ${row.column} per ${window.interval} bucket`}
      />
    );
  };
  const columns: Column<QualityRow>[] = [
    {
      key: "column",
      label: "Column",
      sort: (r) => r.column,
      render: (r) => (
        <>
          <span className="quality-column-name">{r.column}</span>
          {r.role !== null && r.role !== "feature" && (
            <>
              {" "}
              <Badge tone="info">{r.role}</Badge>
            </>
          )}
        </>
      ),
    },
    {
      key: "problems",
      label: "Problems",
      // Descending = problems first, as the rows arrive.
      sort: (r) => -(rank.get(r.column) ?? Number.POSITIVE_INFINITY),
      render: (r) => (
        <span className="quality-problems">
          {r.problems.length === 0 ? (
            <Badge tone="good">OK</Badge>
          ) : (
            r.problems.map((p) => (
              <Badge key={p} tone={p === "typeErrors" || p === "constant" ? "bad" : "warn"}>
                {PROBLEM_LABELS[p]}
              </Badge>
            ))
          )}
          <ReferenceConstant q={r.quality} />
        </span>
      ),
    },
    {
      key: "missing",
      label: "Missing: reference → current",
      numeric: true,
      sort: (r) => r.quality.missingShare.current,
      render: (r) => (
        <>
          {missingText(r.quality.missing.reference, r.quality.missingShare.reference)} →{" "}
          <Flagged on={r.problems.includes("missing")}>
            {missingText(r.quality.missing.current, r.quality.missingShare.current)}
          </Flagged>
        </>
      ),
    },
    {
      key: "newCategories",
      label: "New categories",
      sort: (r) => r.quality.newCategories.length,
      render: (r) =>
        r.kind === "numerical" ? (
          DASH
        ) : (
          <Flagged on={r.problems.includes("newCategories")}>{newCategoriesText(r.quality)}</Flagged>
        ),
    },
    {
      key: "outOfRange",
      label: "Out of range",
      numeric: true,
      sort: (r) => r.quality.outOfRange,
      render: (r) =>
        r.kind !== "numerical" ? (
          DASH
        ) : (
          <Flagged on={r.problems.includes("outOfRange")}>
            {formatCount(r.quality.outOfRange)}
            {r.quality.outOfRange > 0 && <span className="muted"> ({formatPercent(r.outOfRangeShare)})</span>}
          </Flagged>
        ),
    },
    {
      key: "typeErrors",
      label: (
        <>
          Type errors<sup aria-hidden="true">*</sup>
        </>
      ),
      numeric: true,
      sort: (r) => r.quality.typeErrors.current,
      render: (r) => (
        <Flagged on={r.problems.includes("typeErrors")}>
          {formatCount(r.quality.typeErrors.reference)} / {formatCount(r.quality.typeErrors.current)}
        </Flagged>
      ),
    },
    {
      key: "missingOverTime",
      label: "Missing over time",
      render: (r) =>
        spark(
          r,
          (f) => missingShareMetric(f.name),
          series.missing,
          "Missing share",
          r.quality.missingShare.reference ?? undefined,
        ),
    },
    {
      key: "problemOverTime",
      label: "Out of range / new over time",
      render: (r) => {
        const f = feature(r.column);
        return spark(r, problemShareMetric, series.problems, f === undefined ? "" : problemShareLabel(f));
      },
    },
  ];
  return (
    <SortableTable
      rows={rows}
      columns={columns}
      rowKey={(r) => r.column}
      initialSort={{ key: "problems", descending: true }}
      caption="Data quality per column, problems first; press Enter on a row to see its shares over time"
      onSelect={(r) => props.onSelect(r.column)}
      {...(props.selected !== undefined ? { selected: props.selected } : {})}
      testId="quality-table"
    />
  );
}
