import { seriesOf, useTimeseries } from "../../api/queries";
import { EChart } from "../../charts/echart";
import { Loadable, Panel } from "../../components/panel";
import { metricLabel } from "../../format/format";
import { useViewState } from "../../state/use-view-state";
import { estimatedBandOption } from "./estimated-band-option";
import {
  ESTIMATED_METRICS,
  ESTIMATED_PARAM,
  estimatedSeries,
  readEstimatedMetric,
} from "./estimated-metrics";

/**
 * Performance estimated from the scores before labels arrive (NannyML's CBPE), with its ±3 SE band, beside the
 * metric realized on labelled predictions. Classification models only; `estimated=` in the URL picks the metric.
 */
export function EstimatedPerformancePanel({ model }: { readonly model: string }) {
  const { window, param, setParam } = useViewState();
  const metric = readEstimatedMetric(param(ESTIMATED_PARAM));
  const names = estimatedSeries(metric);
  const series = useTimeseries(model, window, [names.estimate, names.lower, names.upper, names.realized]);
  return (
    <Panel
      title="Estimated performance (CBPE)"
      wide
      testId="estimated-panel"
      actions={
        <span className="muted">
          <label htmlFor="estimated-metric">Metric</label>{" "}
          <select
            id="estimated-metric"
            value={metric}
            onChange={(e) =>
              setParam(ESTIMATED_PARAM, e.target.value === "accuracy" ? undefined : e.target.value)
            }
            data-testid="estimated-metric"
          >
            {ESTIMATED_METRICS.map((m) => (
              <option key={m} value={m}>
                {metricLabel(m)}
              </option>
            ))}
          </select>
        </span>
      }
    >
      <Loadable
        query={series}
        isEmpty={(d) => seriesOf(d, names.estimate).every((p) => p.value === null)}
        empty="No estimate in this window: CBPE needs the predictions' scores (probabilities) and a reference with labels and scores."
      >
        {(d) => (
          <EChart
            label={`Estimated ${metricLabel(metric)} per interval with its ±3 standard error band, and the realized ${metricLabel(metric)} where labels exist`}
            option={estimatedBandOption({
              metric,
              estimate: seriesOf(d, names.estimate),
              lower: seriesOf(d, names.lower),
              upper: seriesOf(d, names.upper),
              realized: seriesOf(d, names.realized),
              from: window.from,
              to: window.to,
            })}
            testId="estimated-chart"
          />
        )}
      </Loadable>
    </Panel>
  );
}
