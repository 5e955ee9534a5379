import type { CalibrationBin } from "@telltale/core";
import type { ChartOption } from "../../charts/echart";
import { PALETTE } from "../../charts/palette";
import { formatCount, formatPercent } from "../../format/format";

type Point = [number, number, number];

/** [mean score, share positive, rows] per non-empty bin. */
export function calibrationPoints(bins: readonly CalibrationBin[] | null | undefined): Point[] {
  return (bins ?? []).map((b) => [b.meanConfidence, b.fractionPositive, b.count]);
}

/**
 * The reliability diagram: per score bin, the mean score against how often the outcome was positive; a
 * calibrated model lies on the diagonal. Reference and current side by side.
 */
export function calibrationOption(
  current: readonly CalibrationBin[] | null | undefined,
  reference: readonly CalibrationBin[] | null | undefined,
): ChartOption {
  const line = (name: string, data: Point[], color: string) => ({
    name,
    type: "line",
    data,
    color,
    symbolSize: 7,
    showSymbol: true,
  });
  return {
    grid: { left: 52, right: 16, top: 36, bottom: 44 },
    legend: { top: 0 },
    tooltip: {
      trigger: "item",
      formatter: (params: { seriesName: string; value: Point }) =>
        `${params.seriesName}: mean score ${formatPercent(params.value[0])}, ${formatPercent(params.value[1])} positive (${formatCount(params.value[2])} rows)`,
    },
    xAxis: {
      type: "value",
      min: 0,
      max: 1,
      name: "mean score",
      nameLocation: "middle",
      nameGap: 28,
      axisLabel: { formatter: (v: number) => formatPercent(v, 0) },
    },
    yAxis: {
      type: "value",
      min: 0,
      max: 1,
      name: "share positive",
      axisLabel: { formatter: (v: number) => formatPercent(v, 0) },
    },
    series: [
      {
        name: "perfectly calibrated",
        type: "line",
        data: [
          [0, 0],
          [1, 1],
        ],
        color: PALETTE.neutral,
        lineStyle: { type: "dashed", width: 1 },
        showSymbol: false,
        silent: true,
      },
      line("Reference", calibrationPoints(reference), PALETTE.reference),
      line("Current", calibrationPoints(current), PALETTE.current),
    ],
  };
}
