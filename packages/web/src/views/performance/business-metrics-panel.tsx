import { seriesOf, useTimeseries } from "../../api/queries";
import type { AliasInfo, VersionInfo } from "../../api/types";
import { EChart } from "../../charts/echart";
import { PALETTE } from "../../charts/palette";
import { timeSeriesOption } from "../../charts/time-series-option";
import { Loadable, Panel } from "../../components/panel";
import type { ResolvedWindow } from "../../state/view-state";
import { businessCaption, businessTitle } from "./business-metrics";
import { useBusinessMetrics } from "./business-metrics-queries";
import { benchmarkLines } from "./metric-benchmark";

/** The model's business metrics (a cost of errors, a revenue) per interval, with a version's benchmark for them. */
export function BusinessMetricsPanel({
  model,
  window,
  versions,
  aliases,
}: {
  readonly model: string;
  readonly window: ResolvedWindow;
  readonly versions: readonly VersionInfo[];
  readonly aliases: readonly AliasInfo[];
}) {
  const defined = useBusinessMetrics(model);
  const metrics = defined.data?.metrics ?? [];
  const series = useTimeseries(
    model,
    window,
    metrics.map((m) => m.metric),
    metrics.length > 0,
  );
  return (
    <Panel title="Business metrics" wide testId="business-metrics">
      <Loadable
        query={defined}
        isEmpty={(d) => d.metrics.length === 0}
        empty="No business metrics yet: define one over the window's quantities, e.g. POST …/business-metrics {“name”: “fraud_cost”, “expression”: “50 * fn + 2 * fp”}."
      >
        {(d) => (
          <Loadable query={series} isEmpty={() => false} empty="">
            {(s) => (
              <div className="business-grid">
                {d.metrics.map((metric) => (
                  <figure key={metric.name} data-testid={`business-${metric.name}`}>
                    <figcaption>
                      <strong>{businessTitle(metric)}</strong>{" "}
                      <span className="muted">{businessCaption(metric)}</span>
                    </figcaption>
                    <EChart
                      label={`${businessTitle(metric)} per interval: ${metric.expression}`}
                      option={timeSeriesOption({
                        lines: [
                          { name: metric.name, points: seriesOf(s, metric.metric), colour: PALETTE.current },
                        ],
                        metric: metric.metric,
                        from: window.from,
                        to: window.to,
                        referenceLines: benchmarkLines(metric.metric, versions, aliases, window.version),
                      })}
                    />
                  </figure>
                ))}
              </div>
            )}
          </Loadable>
        )}
      </Loadable>
    </Panel>
  );
}
