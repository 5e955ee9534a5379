import type { Report } from "@telltale/core";
import { seriesOf } from "../../api/queries";
import type { FeatureInfo } from "../../api/types";
import { Empty, Panel, type QueryLike } from "../../components/panel";
import { formatCount, formatPercent } from "../../format/format";
import type { ResolvedWindow } from "../../state/view-state";
import { ReportLoadable } from "../drift/report-loadable";
import { FeatureQualityChart } from "./feature-quality-chart";
import { missingShareMetric } from "./quality-metrics";
import type { QualitySeries } from "./quality-series";
import { UnsupportedNote } from "./unsupported-note";

export interface FeatureQualityPanelProps {
  readonly model: string;
  readonly name: string;
  readonly feature: FeatureInfo | undefined;
  readonly report: QueryLike<Report>;
  readonly series: QualitySeries;
  readonly window: ResolvedWindow;
  readonly onClose: () => void;
}

/** The selected feature's shares over time and, for a categorical one, every unseen category the report lists. */
export function FeatureQualityPanel({
  model,
  name,
  feature,
  report,
  series,
  window,
  onClose,
}: FeatureQualityPanelProps) {
  const close = (
    <button type="button" className="link-button" onClick={onClose}>
      Close <span className="visually-hidden">{name}</span>
    </button>
  );
  const quality = report.data?.quality.columns.find((c) => c.column === name);
  return (
    <Panel title={`Data quality of ${name} over time`} actions={close} wide testId="quality-feature">
      {quality !== undefined && (
        <p className="quality-summary" data-testid="quality-feature-summary">
          Missing: {formatPercent(quality.missingShare.reference)} of the reference,{" "}
          {formatPercent(quality.missingShare.current)} of the window
          {feature?.kind === "numerical" &&
            `; ${formatCount(quality.outOfRange)} values outside the reference range`}
          {feature?.kind === "categorical" &&
            `; ${formatCount(quality.newCategories.length)} categories the reference lacks`}
          .
        </p>
      )}
      {feature === undefined ? (
        <Empty>Shares over time are tracked for features; {name} is not a feature of this model.</Empty>
      ) : (
        <ReportLoadable
          model={model}
          query={series.missing}
          isEmpty={(d) => seriesOf(d, missingShareMetric(name)).every((p) => p.value === null)}
          empty="No predictions in this window."
        >
          {() => (
            <>
              <FeatureQualityChart
                feature={feature}
                series={series}
                window={window}
                referenceMissingShare={quality?.missingShare.reference ?? null}
              />
              <UnsupportedNote series={series} />
            </>
          )}
        </ReportLoadable>
      )}
      {quality !== undefined && quality.newCategories.length > 0 && (
        <div className="table-wrap">
          <table className="data-table quality-categories">
            <caption>Categories the reference lacks, most frequent first</caption>
            <thead>
              <tr>
                <th scope="col">Value</th>
                <th scope="col" className="num">
                  Rows
                </th>
              </tr>
            </thead>
            <tbody>
              {quality.newCategories.slice(0, 20).map((c) => (
                <tr key={c.value}>
                  <td>
                    <code>{c.value}</code>
                  </td>
                  <td className="num">{formatCount(c.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
