import type { DriftColumn } from "@telltale/core";
import { useMemo } from "react";
import { seriesOf } from "../../api/queries";
import type { Timeseries } from "../../api/types";
import { EChart } from "../../charts/echart";
import { PALETTE } from "../../charts/palette";
import { timeSeriesOption } from "../../charts/time-series-option";
import { Empty } from "../../components/panel";
import { formatNumber } from "../../format/format";
import type { ResolvedWindow } from "../../state/view-state";
import { comparesPValue, methodLabel } from "./drift-methods";
import { driftMetric } from "./drift-rows";

export interface FeatureDriftChartProps {
  readonly column: DriftColumn;
  readonly series: Timeseries;
  readonly window: ResolvedWindow;
}

/**
 * A feature's drift statistic per bucket with its threshold line. A test's threshold applies to its p-value, which
 * the series does not carry, so tests get no line and say so.
 */
export function FeatureDriftChart({ column, series, window }: FeatureDriftChartProps) {
  const metric = driftMetric(column.column);
  const points = seriesOf(series, metric);
  const test = comparesPValue(column.method);
  // ECharts does not stretch an axis to a markLine: a threshold above every bucket would vanish.
  const highest = Math.max(0, ...points.map((p) => p.value ?? 0));
  const yMax = test || highest >= column.threshold ? undefined : column.threshold * 1.1;
  const option = useMemo(
    () =>
      timeSeriesOption({
        lines: [
          { name: `${methodLabel(column.method)} of ${column.column}`, points, colour: PALETTE.current },
        ],
        metric,
        from: window.from,
        to: window.to,
        yMin: 0,
        ...(yMax !== undefined ? { yMax } : {}),
        ...(test
          ? {}
          : {
              referenceLines: [{ value: column.threshold, label: "drift threshold", colour: PALETTE.bad }],
            }),
      }),
    [column, points, metric, window.from, window.to, test, yMax],
  );
  if (points.every((p) => p.value === null)) {
    return <Empty>No buckets of this window hold values of {column.column}.</Empty>;
  }
  return (
    <>
      <EChart
        option={option}
        label={`${methodLabel(column.method)} of ${column.column} per ${window.interval} bucket against the reference`}
        testId="drift-feature-chart"
      />
      <p className="muted drift-note">
        Each {window.interval} bucket against the reference.{" "}
        {test
          ? `${methodLabel(column.method)} is a test: drift is judged on its p-value (threshold ${formatNumber(column.threshold)}), not on the statistic drawn here.`
          : `Drifted at or above ${formatNumber(column.threshold)}; small buckets read higher than the whole window.`}
      </p>
    </>
  );
}
