import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { modelPath } from "../../api/queries";
import { useApi } from "../../auth/auth-context";
import { Badge } from "../../components/badge";
import { Loadable } from "../../components/panel";
import { type Column, SortableTable } from "../../components/sortable-table";
import { formatCount, formatMetric, metricLabel } from "../../format/format";
import { useViewState } from "../../state/use-view-state";
import { windowQuery } from "../../state/view-state";

interface SegmentValue {
  readonly value: string;
  readonly count: number;
  readonly metrics: Readonly<Record<string, number | null>>;
}

interface Segments {
  readonly metrics: readonly string[];
  readonly segments: readonly {
    readonly column: string;
    readonly distinct: number;
    readonly values: readonly SegmentValue[];
  }[];
}

/** Each segment value's metrics over the window (GET /segments): where a model fails, by channel, region, plan… */
export function SegmentBreakdown({
  model,
  metrics,
}: {
  readonly model: string;
  readonly metrics: readonly string[];
}) {
  const api = useApi();
  const { window, update, state } = useViewState();
  const asked = ["count", "labelCoverage", ...metrics];
  const { segment: _segment, ...unfiltered } = window;
  const segments = useQuery({
    queryKey: ["model", model, "segments", unfiltered, asked.join(",")],
    queryFn: () =>
      api.get<Segments>(`${modelPath(model)}/segments`, {
        ...windowQuery(unfiltered),
        metrics: asked.join(","),
        limit: 20,
      }),
    placeholderData: keepPreviousData,
  });
  return (
    <Loadable
      query={segments}
      isEmpty={(s) => s.segments.every((c) => c.values.length === 0)}
      empty="No segment values in this window."
    >
      {(s) => (
        <>
          {s.segments.map((column) => {
            const columns: Column<SegmentValue>[] = [
              {
                key: "value",
                label: column.column,
                render: (v) => {
                  const filter = `${column.column}:${v.value}`;
                  return state.segment === filter ? (
                    <Badge tone="info">{v.value} (filtered)</Badge>
                  ) : (
                    <button type="button" className="link-button" onClick={() => update({ segment: filter })}>
                      {v.value}
                    </button>
                  );
                },
                sort: (v) => v.value,
              },
              {
                key: "count",
                label: "Predictions",
                numeric: true,
                render: (v) => formatCount(v.count),
                sort: (v) => v.count,
              },
              {
                key: "labelCoverage",
                label: "Label coverage",
                numeric: true,
                render: (v) => formatMetric("labelCoverage", v.metrics.labelCoverage ?? null),
                sort: (v) => v.metrics.labelCoverage ?? null,
              },
              ...metrics.map((m) => ({
                key: m,
                label: metricLabel(m),
                numeric: true,
                render: (v: SegmentValue) => formatMetric(m, v.metrics[m] ?? null),
                sort: (v: SegmentValue) => v.metrics[m] ?? null,
              })),
            ];
            return (
              <div key={column.column} className="segment-table">
                <h3 className="muted">
                  {column.column}:{" "}
                  {column.values.length < column.distinct
                    ? `top ${column.values.length} of ${column.distinct} values`
                    : `${column.distinct} values`}
                </h3>
                <SortableTable
                  rows={column.values}
                  columns={columns}
                  rowKey={(v) => v.value}
                  caption={`Metrics per ${column.column}`}
                  testId={`segment-table-${column.column}`}
                />
              </div>
            );
          })}
        </>
      )}
    </Loadable>
  );
}
