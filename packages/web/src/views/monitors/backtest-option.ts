import type { SeriesPoint } from "../../api/types";
import type { ChartOption } from "../../charts/echart";
import { PALETTE, STATE_COLOURS } from "../../charts/palette";
import { timeSeriesOption } from "../../charts/time-series-option";
import type { Backtest } from "./monitor-types";

/** Would-be alerts in words: those that would have notified, and pending episodes that cleared on their own. */
export function backtestSummary(backtest: Backtest): { readonly fired: number; readonly text: string } {
  const fired = backtest.alerts.filter((a) => a.firingAt !== null).length;
  const cleared = backtest.alerts.length - fired;
  const open = backtest.alerts.some((a) => a.state === "firing" || a.state === "pending");
  const alerts = `${fired} would-be alert${fired === 1 ? "" : "s"}`;
  const extra = [
    ...(cleared > 0 ? [`${cleared} more pending that cleared without firing`] : []),
    ...(open ? ["one still open at the end"] : []),
  ];
  return {
    fired,
    text: `${alerts} in ${backtest.evaluations} evaluations, one every ${backtest.step}${extra.length > 0 ? ` (${extra.join("; ")})` : ""}.`,
  };
}

/** A series of one field of the backtest's points, in the time series' point shape. */
const seriesOf = (
  backtest: Backtest,
  pick: (p: Backtest["points"][number]) => number | null,
): SeriesPoint[] => backtest.points.map((p) => ({ start: p.at, value: pick(p), count: p.count }));

/**
 * The monitor's value at each evaluation, the threshold (or band) as reference lines, what a relative condition
 * compared with as a dashed line, and each would-be alert shaded from its first breach to its end.
 */
export function backtestOption(backtest: Backtest, metric: string): ChartOption {
  const c = backtest.condition;
  const relative = c.type !== "threshold" && c.type !== "outside";
  const hasBand = backtest.points.some((p) => p.lower !== null || p.upper !== null);
  const hasCompared = relative && !hasBand && backtest.points.some((p) => p.compared !== null);
  return timeSeriesOption({
    lines: [
      { name: metric, points: seriesOf(backtest, (p) => p.value), colour: PALETTE.current },
      ...(hasCompared
        ? [
            {
              name: "compared with",
              points: seriesOf(backtest, (p) => p.compared),
              colour: PALETTE.reference,
              dashed: true,
            },
          ]
        : []),
      ...(hasBand
        ? [
            {
              name: "lower limit",
              points: seriesOf(backtest, (p) => p.lower),
              colour: PALETTE.reference,
              dashed: true,
            },
            {
              name: "upper limit",
              points: seriesOf(backtest, (p) => p.upper),
              colour: PALETTE.reference,
              dashed: true,
            },
          ]
        : []),
    ],
    metric,
    from: Date.parse(backtest.from),
    to: Date.parse(backtest.to),
    referenceLines:
      c.type === "threshold"
        ? [{ value: c.value, label: "threshold", colour: PALETTE.bad }]
        : c.type === "outside"
          ? [
              { value: c.low, label: "low", colour: PALETTE.bad },
              { value: c.high, label: "high", colour: PALETTE.bad },
            ]
          : [],
    spans: backtest.alerts.map((a) => ({
      from: a.startedAt,
      to: a.endedAt,
      label: a.firingAt !== null ? "alert" : "",
      colour: a.firingAt !== null ? STATE_COLOURS.firing : STATE_COLOURS.pending,
    })),
  });
}
