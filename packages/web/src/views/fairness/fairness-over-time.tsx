import { ApiError } from "../../api/api-error";
import { seriesOf, useTimeseries } from "../../api/queries";
import type { Timeseries } from "../../api/types";
import { EChart } from "../../charts/echart";
import { SERIES_COLOURS } from "../../charts/palette";
import { timeSeriesOption } from "../../charts/time-series-option";
import { Empty, Loadable, Panel } from "../../components/panel";
import { useViewState } from "../../state/use-view-state";
import { fairnessSeries } from "./fairness-shape";

const NO_VALUES = "No values in this window: they need labelled predictions with the attribute.";
const allNull = (d: Timeseries, metrics: readonly string[]) =>
  metrics.every((m) => seriesOf(d, m).every((p) => p.value === null));

/** The parity gaps, the disparate impact ratio against the four-fifths band, and each group's selection rate over time. */
export function FairnessOverTime({
  model,
  attribute,
  groups,
}: {
  readonly model: string;
  readonly attribute: string;
  readonly groups: readonly string[];
}) {
  const { window } = useViewState();
  const names = fairnessSeries(attribute, groups);
  const series = useTimeseries(model, window, [...names.gaps, names.ratio, ...names.rates]);
  // A server without the fairness series rejects them as unknown metrics: say so once instead of three errors.
  if (series.error instanceof ApiError && series.error.status === 400 && series.data === undefined) {
    return (
      <Panel title="Fairness over time" wide testId="fairness-unavailable">
        <Empty>
          Fairness over time is not available from this server ({series.error.message}); the figures of the
          window are above.
        </Empty>
      </Panel>
    );
  }
  const line = (metric: string, name: string, i: number) => ({
    name,
    points: seriesOf(series.data, metric),
    colour: SERIES_COLOURS[i % SERIES_COLOURS.length]!,
  });
  return (
    <>
      <Panel title="Parity gaps over time" testId="fairness-gaps">
        <Loadable query={series} isEmpty={(d) => allNull(d, names.gaps)} empty={NO_VALUES}>
          {() => (
            <EChart
              label={`Demographic parity, equal opportunity and equalized odds differences for ${attribute} per interval`}
              option={timeSeriesOption({
                lines: [
                  line(names.gaps[0]!, "demographic parity difference", 0),
                  line(names.gaps[1]!, "equal opportunity difference", 1),
                  line(names.gaps[2]!, "equalized odds difference", 2),
                ],
                metric: "difference",
                from: window.from,
                to: window.to,
                yMin: 0,
              })}
            />
          )}
        </Loadable>
      </Panel>
      <Panel title="Disparate impact ratio over time" testId="fairness-ratio">
        <Loadable query={series} isEmpty={(d) => allNull(d, [names.ratio])} empty={NO_VALUES}>
          {() => (
            <EChart
              label={`Disparate impact ratio for ${attribute} per interval, with the four-fifths band from 0.8 to 1.25`}
              option={timeSeriesOption({
                lines: [line(names.ratio, "disparate impact ratio", 0)],
                metric: "ratio",
                from: window.from,
                to: window.to,
                band: { min: 0.8, max: 1.25, label: "four-fifths rule" },
                yMin: 0,
                // The band must show even when every ratio sits far below it.
                yMax: Math.max(1.3, ...seriesOf(series.data, names.ratio).map((p) => p.value ?? 0)),
              })}
            />
          )}
        </Loadable>
      </Panel>
      <Panel title="Selection rate per group over time" wide testId="fairness-rates">
        <Loadable query={series} isEmpty={(d) => allNull(d, names.rates)} empty={NO_VALUES}>
          {() => (
            <EChart
              label={`Selection rate of each ${attribute} group per interval`}
              option={timeSeriesOption({
                lines: names.rates.map((metric, i) => line(metric, groups[i]!, i)),
                metric: "selectionRate",
                from: window.from,
                to: window.to,
                yMin: 0,
              })}
            />
          )}
        </Loadable>
      </Panel>
    </>
  );
}
