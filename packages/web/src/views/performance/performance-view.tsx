import { seriesOf, useTimeseries } from "../../api/queries";
import { useModelContext } from "../../app/model-context";
import { EChart } from "../../charts/echart";
import { Empty, Loadable, Panel } from "../../components/panel";
import { metricLabel } from "../../format/format";
import { useViewState } from "../../state/use-view-state";
import { BusinessMetricsPanel } from "./business-metrics-panel";
import { CalibrationPanel } from "./calibration-panel";
import { ConfusionPanel } from "./confusion-panel";
import { coverageOption } from "./coverage-option";
import { EstimatedPerformancePanel } from "./estimated-performance-panel";
import { FeedbackPanel } from "./feedback-panel";
import { MetricPanel } from "./metric-panel";
import { chosenMetrics, metricsForTask, seriesToFetch, toggleMetric } from "./performance-metrics";
import { SegmentBreakdown } from "./segment-breakdown";
import { SensitiveBreakdown } from "./sensitive-breakdown";
import "./performance.css";

/**
 * Every metric of the task over time with its benchmark, user feedback beside them, label coverage, the confusion
 * matrix and segments.
 */
export function PerformanceView() {
  const { model, versions, aliases } = useModelContext();
  const { window, param, setParam } = useViewState();
  const chosen = chosenMetrics(param("metrics"), model.task);
  const series = useTimeseries(model.name, window, seriesToFetch(chosen, model.task));
  const classifier = model.task !== "regression";

  return (
    <div className="grid">
      <Panel title="Metrics" wide>
        <fieldset className="metric-picker" data-testid="metric-picker">
          <legend className="visually-hidden">Metrics to chart</legend>
          {metricsForTask(model.task).map((m) => (
            <label key={m}>
              <input
                type="checkbox"
                checked={chosen.includes(m)}
                onChange={() =>
                  setParam("metrics", toggleMetric(chosen, m, model.task).join(",") || undefined)
                }
              />
              {metricLabel(m)}
            </label>
          ))}
        </fieldset>
      </Panel>
      <Panel title="Label coverage" wide testId="coverage-panel">
        <Loadable
          query={series}
          isEmpty={(d) => seriesOf(d, "labelCoverage").every((p) => p.count === 0)}
          empty="No predictions in this window."
        >
          {(d) => (
            <EChart
              label="Share of predictions with a label per interval, over bars of predictions and labelled predictions"
              option={coverageOption(seriesOf(d, "labelCoverage"), window.from, window.to)}
            />
          )}
        </Loadable>
      </Panel>
      {classifier && <EstimatedPerformancePanel model={model.name} />}
      <BusinessMetricsPanel model={model.name} window={window} versions={versions} aliases={aliases} />
      {chosen.map((metric) => (
        <MetricPanel
          key={metric}
          metric={metric}
          series={series}
          window={window}
          versions={versions}
          aliases={aliases}
        />
      ))}
      <FeedbackPanel model={model} window={window} />
      {classifier && (
        <Panel title="Confusion matrix" wide testId="confusion-panel">
          <ConfusionPanel model={model.name} window={window} />
        </Panel>
      )}
      {classifier && (
        <Panel title="Calibration" wide testId="calibration-panel">
          <CalibrationPanel model={model.name} window={window} series={series} />
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
      {model.sensitive.length > 0 && (
        <Panel title="Per sensitive group" wide testId="sensitive-panel">
          <SensitiveBreakdown
            model={model.name}
            task={model.task}
            sensitive={model.sensitive}
            window={window}
          />
        </Panel>
      )}
    </div>
  );
}
