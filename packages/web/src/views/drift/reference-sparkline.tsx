import { useMemo } from "react";
import type { SeriesPoint } from "../../api/types";
import { EChart } from "../../charts/echart";
import { PALETTE } from "../../charts/palette";
import { type LineInput, timeSeriesOption } from "../../charts/time-series-option";

export interface ReferenceSparklineProps {
  readonly points: readonly SeriesPoint[];
  readonly metric: string;
  readonly from: number;
  readonly to: number;
  /** A flat line to read the points against: a drift threshold, the reference's own value. */
  readonly reference?: { readonly value: number; readonly colour?: string };
  readonly label: string;
}

/** A flat line from `from` to `to` at `value`, as a series: a sparkline has no room for a labelled markLine. */
export function flatLine(value: number, from: number, to: number): SeriesPoint[] {
  return [
    { start: new Date(from).toISOString(), value, count: 0 },
    { start: new Date(to).toISOString(), value, count: 0 },
  ];
}

/** A table cell's line over the window, drawn beside a flat reference line (dashed) when there is one. */
export function ReferenceSparkline({ points, metric, from, to, reference, label }: ReferenceSparklineProps) {
  // Plain values as dependencies: callers pass a new `reference` object on every render.
  const value = reference?.value;
  const colour = reference?.colour ?? PALETTE.neutral;
  const option = useMemo(() => {
    const lines: LineInput[] = [{ name: metric, points, colour: PALETTE.current }];
    if (value !== undefined) {
      lines.push({ name: "reference", points: flatLine(value, from, to), colour, dashed: true });
    }
    return timeSeriesOption({ lines, metric, from, to, compact: true });
  }, [points, metric, from, to, value, colour]);
  return (
    <div className="sparkline">
      <EChart option={option} height={28} label={label} />
    </div>
  );
}
