import { seriesOf } from "../../api/queries";
import type { AliasInfo, Timeseries, VersionInfo } from "../../api/types";
import { EChart } from "../../charts/echart";
import { PALETTE } from "../../charts/palette";
import { timeSeriesOption } from "../../charts/time-series-option";
import { Loadable, Panel, type QueryLike } from "../../components/panel";
import { metricLabel } from "../../format/format";
import type { ResolvedWindow } from "../../state/view-state";
import { benchmarkLines } from "./metric-benchmark";

/** One metric over time, computed on the labelled predictions of each interval, with its offline benchmark. */
export function MetricPanel({
  metric,
  series,
  window,
  versions,
  aliases,
}: {
  readonly metric: string;
  readonly series: QueryLike<Timeseries>;
  readonly window: ResolvedWindow;
  readonly versions: readonly VersionInfo[];
  readonly aliases: readonly AliasInfo[];
}) {
  const referenceLines = benchmarkLines(metric, versions, aliases, window.version);
  return (
    <Panel title={metricLabel(metric)} testId={`metric-${metric}`}>
      <Loadable
        query={series}
        isEmpty={(d) => seriesOf(d, metric).every((p) => p.value === null)}
        empty="No labelled predictions in this window: the metric appears as labels arrive."
      >
        {(d) => (
          <EChart
            label={`${metricLabel(metric)} per interval over labelled predictions${referenceLines.length > 0 ? ", with the offline benchmark" : ""}`}
            option={timeSeriesOption({
              lines: [{ name: metricLabel(metric), points: seriesOf(d, metric), colour: PALETTE.current }],
              metric,
              from: window.from,
              to: window.to,
              referenceLines,
            })}
          />
        )}
      </Loadable>
    </Panel>
  );
}
