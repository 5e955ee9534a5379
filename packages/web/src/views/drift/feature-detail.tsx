import type { DriftColumn, Report } from "@telltale/core";
import type { Timeseries } from "../../api/types";
import { Empty, Panel, type QueryLike } from "../../components/panel";
import type { ResolvedWindow } from "../../state/view-state";
import { DistributionChart } from "./distribution-chart";
import { FeatureDriftChart } from "./feature-drift-chart";
import { ReportLoadable } from "./report-loadable";

export interface FeatureDetailProps {
  readonly model: string;
  readonly feature: string;
  readonly report: QueryLike<Report>;
  readonly series: QueryLike<Timeseries>;
  readonly window: ResolvedWindow;
  readonly onClose: () => void;
}

function Missing({ feature }: { readonly feature: string }) {
  return <Empty>The report of this window has no column “{feature}”.</Empty>;
}

/** The selected column: reference against current distribution, and its drift statistic over the window. */
export function FeatureDetail({ model, feature, report, series, window, onClose }: FeatureDetailProps) {
  const find = (r: Report): DriftColumn | undefined => r.drift.columns.find((c) => c.column === feature);
  const both: QueryLike<{ column: DriftColumn | undefined; series: Timeseries }> = {
    data:
      report.data !== undefined && series.data !== undefined
        ? { column: find(report.data), series: series.data }
        : undefined,
    error: report.error ?? series.error,
    refetch: () => [report.refetch(), series.refetch()],
  };
  const column = report.data === undefined ? undefined : find(report.data);
  const close = (
    <button type="button" className="link-button" onClick={onClose}>
      Close <span className="visually-hidden">{feature}</span>
    </button>
  );
  return (
    <>
      <Panel title={`Distribution of ${feature}`} actions={close} testId="drift-feature-distribution">
        <ReportLoadable model={model} query={report}>
          {(r) => {
            const c = find(r);
            return c === undefined ? <Missing feature={feature} /> : <DistributionChart column={c} />;
          }}
        </ReportLoadable>
      </Panel>
      <Panel title={`Drift of ${feature} over time`} testId="drift-feature-over-time">
        {column !== undefined && column.role !== "feature" ? (
          <Empty>
            Drift over time is tracked for features; {feature} is the model’s {column.role}.
          </Empty>
        ) : (
          <ReportLoadable model={model} query={both}>
            {(d) =>
              d.column === undefined ? (
                <Missing feature={feature} />
              ) : (
                <FeatureDriftChart column={d.column} series={d.series} window={window} />
              )
            }
          </ReportLoadable>
        )}
      </Panel>
    </>
  );
}
