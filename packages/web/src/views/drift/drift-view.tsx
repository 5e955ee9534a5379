import { useEffect, useMemo, useRef } from "react";
import { useReport, useTimeseries } from "../../api/queries";
import { useModelContext } from "../../app/model-context";
import { Empty, Panel } from "../../components/panel";
import { useViewState } from "../../state/use-view-state";
import { driftMetric, driftRows } from "./drift-rows";
import { DriftSharePanel } from "./drift-share-panel";
import { DriftTable } from "./drift-table";
import { FeatureDetail } from "./feature-detail";
import { reportGap, reportGapText } from "./report-error";
import { ReportLoadable } from "./report-loadable";
import "./drift.css";

/**
 * Which features drifted in the window against the version's reference, how badly, and since when: the dataset
 * drift share over time, a table of columns in severity order with sparklines, and the selected column (`feature=`
 * in the URL) as distributions and its statistic over time.
 */
export function DriftView() {
  const { model } = useModelContext();
  const { window, state, update } = useViewState();
  const report = useReport(model.name, window);
  const rows = useMemo(
    () => (report.data === undefined ? [] : driftRows(report.data.drift.columns)),
    [report.data],
  );
  // From the schema, not the report, so the sparklines' query starts alongside the report's.
  const metrics = useMemo(() => model.features.map((f) => driftMetric(f.name)), [model.features]);
  const series = useTimeseries(model.name, window, metrics);
  const feature = state.feature;
  const detail = useRef<HTMLDivElement>(null);
  const scrollToDetail = useRef(false);

  useEffect(() => {
    if (feature === undefined || !scrollToDetail.current) return;
    scrollToDetail.current = false;
    detail.current?.scrollIntoView?.({ block: "nearest" });
  }, [feature]);

  const gap = report.data === undefined ? reportGap(report.error) : null;
  if (gap?.kind === "no-reference") {
    // Every panel would say the same: one says it.
    return (
      <div className="grid drift-view">
        <Panel title="Drift" wide testId="no-reference">
          <Empty>{reportGapText(gap, model.name)}</Empty>
        </Panel>
      </div>
    );
  }
  const referenceVersion = report.data?.window.referenceVersion;
  return (
    <div className="grid drift-view">
      <DriftSharePanel model={model.name} window={window} report={report.data} />
      <Panel
        title="Drift per column"
        wide
        testId="drift-columns"
        actions={
          typeof referenceVersion === "string" ? (
            <span className="muted">against the reference of {referenceVersion}</span>
          ) : undefined
        }
      >
        <ReportLoadable
          model={model.name}
          query={report}
          isEmpty={() => rows.length === 0}
          empty="The report of this window has no columns to test for drift."
        >
          {() => (
            <DriftTable
              rows={rows}
              series={series.data}
              seriesFailed={Boolean(series.error)}
              window={window}
              selected={feature}
              onSelect={(column) => {
                scrollToDetail.current = true;
                update({ feature: column });
              }}
            />
          )}
        </ReportLoadable>
      </Panel>
      {feature !== undefined && (
        <div className="grid drift-detail" ref={detail}>
          <FeatureDetail
            model={model.name}
            feature={feature}
            report={report}
            series={series}
            window={window}
            onClose={() => update({ feature: undefined })}
          />
        </div>
      )}
    </div>
  );
}
