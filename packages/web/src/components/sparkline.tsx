import { useMemo } from "react";
import type { SeriesPoint } from "../api/types";
import { EChart } from "../charts/echart";
import { PALETTE } from "../charts/palette";
import { timeSeriesOption } from "../charts/time-series-option";

export interface SparklineProps {
  readonly points: readonly SeriesPoint[];
  readonly metric: string;
  readonly from: number;
  readonly to: number;
  readonly threshold?: number;
  readonly label: string;
}

/** A small line without axes, for a table cell. */
export function Sparkline({ points, metric, from, to, threshold, label }: SparklineProps) {
  const option = useMemo(
    () =>
      timeSeriesOption({
        lines: [{ name: metric, points, colour: PALETTE.current }],
        metric,
        from,
        to,
        compact: true,
        ...(threshold !== undefined
          ? { referenceLines: [{ value: threshold, label: "threshold", colour: PALETTE.neutral }] }
          : {}),
      }),
    [points, metric, from, to, threshold],
  );
  return (
    <div className="sparkline">
      <EChart option={option} height={28} label={label} />
    </div>
  );
}
