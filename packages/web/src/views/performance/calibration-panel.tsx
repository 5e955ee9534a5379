import { seriesOf, useReport } from "../../api/queries";
import type { Report, Timeseries } from "../../api/types";
import { EChart } from "../../charts/echart";
import { PALETTE } from "../../charts/palette";
import { timeSeriesOption } from "../../charts/time-series-option";
import { Empty, Loadable, type QueryLike } from "../../components/panel";
import { formatMetric, metricLabel } from "../../format/format";
import type { ResolvedWindow } from "../../state/view-state";
import { calibrationOption } from "./calibration-option";
import { CALIBRATION_METRICS, CALIBRATION_SERIES } from "./performance-metrics";

function CalibrationTable({ report }: { readonly report: Report }) {
  const c = report.classification;
  const current = c?.current;
  if (current === undefined || current === null)
    return <Empty>No labelled predictions in this window.</Empty>;
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="calibration-table">
        <caption className="visually-hidden">Calibration of the reference and the current window</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col" className="num">
              Reference
            </th>
            <th scope="col" className="num">
              Current
            </th>
          </tr>
        </thead>
        <tbody>
          {CALIBRATION_METRICS.map((m) => (
            <tr key={m}>
              <th scope="row">{metricLabel(m)}</th>
              <td className="num">{formatMetric(m, c?.reference?.[m] ?? null)}</td>
              <td className="num">{formatMetric(m, current[m] ?? null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The reliability diagram of the window beside the reference's, when the scores allow one. */
function Reliability({ report }: { readonly report: Report }) {
  const current = report.classification?.current?.calibration;
  const reference = report.classification?.reference?.calibration;
  if ((current ?? []).length === 0 && (reference ?? []).length === 0) {
    return <Empty>No reliability curve: it needs labelled predictions with scores.</Empty>;
  }
  return (
    <figure className="calibration-chart" data-testid="reliability-chart">
      <figcaption className="muted">
        Reliability: per score bin, the mean score against the share of positives; the diagonal is perfect
      </figcaption>
      <EChart
        height={260}
        option={calibrationOption(current, reference)}
        label="Reliability curve of the reference and the current window against the diagonal"
      />
    </figure>
  );
}

/** How far the scores are from probabilities: ECE and Brier over time, then reference vs current figures. */
export function CalibrationPanel({
  model,
  window,
  series,
}: {
  readonly model: string;
  readonly window: ResolvedWindow;
  readonly series: QueryLike<Timeseries>;
}) {
  const report = useReport(model, window);
  return (
    <div className="side-by-side">
      <div>
        <Loadable query={report}>
          {(r) => (
            <>
              <Reliability report={r} />
              <CalibrationTable report={r} />
            </>
          )}
        </Loadable>
        <p className="muted">Lower is better for ECE, Brier score and log loss.</p>
      </div>
      <div>
        {CALIBRATION_SERIES.map((metric) => (
          <Loadable
            key={metric}
            query={series}
            isEmpty={(d) => seriesOf(d, metric).every((p) => p.value === null)}
            empty={`No ${metricLabel(metric)} in this window: it needs labelled predictions with scores.`}
          >
            {(d) => (
              <figure className="calibration-chart">
                <figcaption className="muted">{metricLabel(metric)} per interval</figcaption>
                <EChart
                  height={160}
                  label={`${metricLabel(metric)} per interval; lower is better`}
                  option={timeSeriesOption({
                    lines: [
                      { name: metricLabel(metric), points: seriesOf(d, metric), colour: PALETTE.current },
                    ],
                    metric,
                    from: window.from,
                    to: window.to,
                    yMin: 0,
                  })}
                />
              </figure>
            )}
          </Loadable>
        ))}
      </div>
    </div>
  );
}
