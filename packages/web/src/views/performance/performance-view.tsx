import { seriesOf, useReport, useTimeseries } from "../../api/queries";
import type { Report } from "../../api/types";
import { useModelContext } from "../../app/model-context";
import { EChart } from "../../charts/echart";
import { PALETTE } from "../../charts/palette";
import { timeSeriesOption } from "../../charts/time-series-option";
import { Empty, Loadable, Panel } from "../../components/panel";
import { formatMetric, metricLabel } from "../../format/format";
import { useViewState } from "../../state/use-view-state";
import { benchmarkOf } from "../overview/overview-shape";
import { confusionOption } from "./confusion-option";
import { chosenMetrics, metricsForTask, toggleMetric } from "./performance-metrics";
import { SegmentBreakdown } from "./segment-breakdown";

const CALIBRATION = ["ece", "brier", "logLoss"] as const;

function CalibrationTable({ report }: { readonly report: Report }) {
  const c = report.classification;
  if (c === undefined) return <Empty>Calibration is for classification models.</Empty>;
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="calibration-table">
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
          {CALIBRATION.map((m) => (
            <tr key={m}>
              <td>{metricLabel(m)}</td>
              <td className="num">{formatMetric(m, c.reference?.[m] ?? null)}</td>
              <td className="num">{formatMetric(m, c.current?.[m] ?? null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        Lower is better for all three. The score's calibration over time is the ECE chart (pick it above);
        scores are needed for these numbers.
      </p>
    </div>
  );
}

/** Every metric of the task over time with its benchmark, label coverage, the confusion matrix and segments. */
export function PerformanceView() {
  const { model, versions, aliases } = useModelContext();
  const { window, param, setParam } = useViewState();
  const chosen = chosenMetrics(param("metrics"), model.task);
  const series = useTimeseries(model.name, window, ["count", "labelCoverage", ...chosen]);
  const report = useReport(model.name, window);
  const options = metricsForTask(model.task);

  return (
    <div className="grid">
      <Panel title="Metrics" wide>
        <fieldset className="metric-picker">
          <legend className="visually-hidden">Metrics to chart</legend>
          {options.map((m) => (
            <label key={m}>
              <input
                type="checkbox"
                checked={chosen.includes(m)}
                onChange={() =>
                  setParam("metrics", toggleMetric(chosen, m, model.task).join(",") || undefined)
                }
              />{" "}
              {metricLabel(m)}
            </label>
          ))}
        </fieldset>
      </Panel>
      <Panel title="Label coverage" testId="coverage-panel">
        <Loadable
          query={series}
          isEmpty={(d) => seriesOf(d, "count").every((p) => p.count === 0)}
          empty="No predictions in this window."
        >
          {(d) => (
            <EChart
              label="Share of predictions with a label per interval"
              option={timeSeriesOption({
                lines: [
                  { name: "label coverage", points: seriesOf(d, "labelCoverage"), colour: PALETTE.good },
                ],
                metric: "labelCoverage",
                from: window.from,
                to: window.to,
                yMin: 0,
                yMax: 1,
              })}
            />
          )}
        </Loadable>
      </Panel>
      {chosen.map((metric) => {
        const benchmark = benchmarkOf(metric, versions, aliases, window.version);
        return (
          <Panel key={metric} title={metricLabel(metric)} testId={`metric-${metric}`}>
            <Loadable
              query={series}
              isEmpty={(d) => seriesOf(d, metric).every((p) => p.value === null)}
              empty="No labelled predictions in this window: the metric appears as labels arrive."
            >
              {(d) => (
                <EChart
                  label={`${metricLabel(metric)} per interval over labelled predictions`}
                  option={timeSeriesOption({
                    lines: [
                      { name: metricLabel(metric), points: seriesOf(d, metric), colour: PALETTE.current },
                    ],
                    metric,
                    from: window.from,
                    to: window.to,
                    ...(benchmark !== null
                      ? {
                          referenceLines: [
                            {
                              value: benchmark.value,
                              label: `benchmark ${benchmark.version}`,
                              colour: PALETTE.reference,
                            },
                          ],
                        }
                      : {}),
                  })}
                />
              )}
            </Loadable>
          </Panel>
        );
      })}
      {model.task !== "regression" && (
        <Panel title="Confusion matrix" testId="confusion-panel">
          <Loadable
            query={report}
            isEmpty={(r) => (r.classification?.current?.rows ?? 0) === 0}
            empty="No labelled predictions in this window."
          >
            {(r) => (
              <div className="grid">
                <div>
                  <h3 className="muted">Current window</h3>
                  <EChart
                    option={confusionOption(r.classification!.current!.confusionMatrix)}
                    height={280}
                    label="Confusion matrix of the window"
                  />
                </div>
                {r.classification?.reference && (
                  <div>
                    <h3 className="muted">Reference</h3>
                    <EChart
                      option={confusionOption(r.classification.reference.confusionMatrix)}
                      height={280}
                      label="Confusion matrix of the reference"
                    />
                  </div>
                )}
              </div>
            )}
          </Loadable>
        </Panel>
      )}
      {model.task !== "regression" && (
        <Panel title="Calibration" testId="calibration-panel">
          <Loadable query={report}>{(r) => <CalibrationTable report={r} />}</Loadable>
        </Panel>
      )}
      <Panel title="Per segment" wide testId="segments-panel">
        {model.segments.length === 0 ? (
          <Empty>
            The model declares no segment columns. Declare them with{" "}
            <code>PATCH /api/v1/models/{model.name}</code> <code>{'{"segments": ["channel"]}'}</code> and send{" "}
            <code>segment</code> values with predictions.
          </Empty>
        ) : (
          <SegmentBreakdown model={model.name} metrics={chosen} />
        )}
      </Panel>
    </div>
  );
}
