import type { Comparison } from "../../api/types";
import { Empty, Panel } from "../../components/panel";
import { SortableTable } from "../../components/sortable-table";
import { formatCount, formatMetric, formatPercent, metricLabel } from "../../format/format";
import { productionRows } from "./comparison-rows";

/** The baseline's logged predictions in the window: how it did in production on its labelled rows. */
export function ProductionPanel({
  comparison,
  baseLabel,
}: {
  readonly comparison: Comparison;
  readonly baseLabel: string;
}) {
  const { production } = comparison;
  const rows = productionRows(production);
  return (
    <Panel title={`Baseline ${baseLabel} in production`} testId="comparison-production">
      {production === null ? (
        <Empty>The baseline served no predictions in the window.</Empty>
      ) : (
        <>
          <div className="stats">
            <div className="stat">
              <div className="value">{formatCount(production.rows)}</div>
              <div className="label">predictions served</div>
            </div>
            <div className="stat">
              <div className="value">{formatCount(production.labelled)}</div>
              <div className="label">
                labelled ({formatPercent(production.rows > 0 ? production.labelled / production.rows : null)})
              </div>
            </div>
          </div>
          {rows.length === 0 ? (
            <Empty>No labelled predictions to measure the baseline on.</Empty>
          ) : (
            <SortableTable
              rows={rows}
              rowKey={(r) => r.metric}
              caption={`Production metrics of ${baseLabel} on its labelled predictions in the window`}
              testId="comparison-production-metrics"
              columns={[
                {
                  key: "metric",
                  label: "Metric",
                  render: (r) => <span title={r.metric}>{metricLabel(r.metric)}</span>,
                  sort: (r) => metricLabel(r.metric),
                },
                {
                  key: "value",
                  label: "Value",
                  numeric: true,
                  render: (r) => formatMetric(r.metric, r.value),
                  sort: (r) => r.value,
                },
              ]}
            />
          )}
        </>
      )}
    </Panel>
  );
}
