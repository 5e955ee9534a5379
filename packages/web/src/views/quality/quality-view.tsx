import { useMemo } from "react";
import { useReport } from "../../api/queries";
import { useModelContext } from "../../app/model-context";
import { Panel } from "../../components/panel";
import { formatCount } from "../../format/format";
import { useViewState } from "../../state/use-view-state";
import { ReportLoadable } from "../drift/report-loadable";
import { FeatureQualityPanel } from "./feature-quality-panel";
import { qualityRows, sortByProblems } from "./quality-problems";
import { useQualitySeries } from "./quality-series";
import { QualityTable } from "./quality-table";
import { UnsupportedNote } from "./unsupported-note";
import "./quality.css";

/**
 * Missing values, unseen categories, out-of-range values, constant columns and type errors per column of the
 * window against the version's reference, problems first, with each feature's shares over time; `feature=` in the
 * URL opens one feature's chart.
 */
export function QualityView() {
  const { model } = useModelContext();
  const { window, state, update } = useViewState();
  const report = useReport(model.name, window);
  const series = useQualitySeries(model.name, window, model.features);
  const rows = useMemo(
    () => (report.data === undefined ? [] : sortByProblems(qualityRows(report.data))),
    [report.data],
  );
  const withProblems = rows.filter((r) => r.problems.length > 0).length;
  const feature = state.feature;
  return (
    <div className="grid quality-view">
      <Panel title="Data quality per column" wide testId="quality-columns">
        <ReportLoadable
          model={model.name}
          query={report}
          isEmpty={() => rows.length === 0}
          empty="The report of this window has no columns."
        >
          {(r) => (
            <>
              <p className="quality-summary" data-testid="quality-summary">
                <strong>
                  {formatCount(withProblems)} of {formatCount(rows.length)}
                </strong>{" "}
                columns with problems in {formatCount(r.current.rows)} predictions, against a reference of{" "}
                {formatCount(r.reference.rows)} rows.
              </p>
              <QualityTable
                rows={rows}
                features={model.features}
                series={series}
                window={window}
                selected={feature}
                onSelect={(column) => update({ feature: column })}
              />
              <p className="muted quality-note" data-testid="quality-type-errors">
                <span aria-hidden="true">*</span> Type errors (reference / current): records with a wrong type
                are rejected at ingest: see the ingest answer’s <code>rejected</code> list. The counts here
                are of the reference and the stored rows.
              </p>
              <UnsupportedNote series={series} />
            </>
          )}
        </ReportLoadable>
      </Panel>
      {feature !== undefined && (
        <FeatureQualityPanel
          model={model.name}
          name={feature}
          feature={model.features.find((f) => f.name === feature)}
          report={report}
          series={series}
          window={window}
          onClose={() => update({ feature: undefined })}
        />
      )}
    </div>
  );
}
