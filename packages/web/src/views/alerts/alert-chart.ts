import type { SeriesPoint } from "../../api/types";
import type { ChartOption } from "../../charts/echart";
import { PALETTE, STATE_COLOURS } from "../../charts/palette";
import { timeSeriesOption } from "../../charts/time-series-option";
import { autoInterval, type IntervalName } from "../../state/view-state";
import type { Condition } from "../monitors/monitor-types";
import type { Alert } from "./alert-types";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface ChartRange {
  readonly from: number;
  readonly to: number;
  readonly interval: IntervalName;
}

/**
 * The time around an alert worth drawing: three of the monitor's windows (at least 6 h, at most 30 days) before
 * it started, to its resolution (or now) and a third of that lead after, never past now.
 */
export function alertChartRange(alert: Alert, windowMs: number | null, now: number): ChartRange {
  const start = Date.parse(alert.startedAt);
  const lastAt = alert.timeline.reduce((last, e) => Math.max(last, Date.parse(e.at)), start);
  const end = alert.resolvedAt !== null ? Date.parse(alert.resolvedAt) : alert.state === "ok" ? lastAt : now;
  const lead = Math.min(30 * DAY, Math.max(6 * HOUR, 3 * (windowMs ?? HOUR)));
  const from = start - lead;
  const to = Math.max(Math.min(now, end + lead / 3), start);
  return { from, to, interval: autoInterval(to - from) };
}

/** The condition as horizontal lines: a threshold, a band's edges, or what the value was last compared with. */
export function conditionLines(
  condition: Condition | null,
  compared: number | null,
): { value: number; label: string; colour: string }[] {
  if (condition?.type === "threshold")
    return [{ value: condition.value, label: "threshold", colour: PALETTE.bad }];
  if (condition?.type === "outside")
    return [
      { value: condition.low, label: "low", colour: PALETTE.bad },
      { value: condition.high, label: "high", colour: PALETTE.bad },
    ];
  return compared === null ? [] : [{ value: compared, label: "compared with", colour: PALETTE.bad }];
}

/** The alert as shaded spans: pending from its first breach, firing from when it fired until it resolved. */
export function alertSpans(
  alert: Alert,
): { from: string; to: string | null; label: string; colour: string }[] {
  const lastAt = alert.timeline.at(-1)?.at ?? null;
  if (alert.firingAt === null)
    return [
      {
        from: alert.startedAt,
        to: alert.state === "pending" ? null : lastAt,
        label: "pending",
        colour: STATE_COLOURS.pending,
      },
    ];
  return [
    ...(alert.firingAt !== alert.startedAt
      ? [{ from: alert.startedAt, to: alert.firingAt, label: "", colour: STATE_COLOURS.pending }]
      : []),
    { from: alert.firingAt, to: alert.resolvedAt, label: "alert", colour: STATE_COLOURS.firing },
  ];
}

/**
 * The monitor's metric around the alert, with the condition as reference lines and the alert shaded; the
 * monitor's own evaluations (values over its whole window, what the condition was checked against) as a second
 * line when there are any in the range.
 */
export function alertChartOption(input: {
  readonly alert: Alert;
  readonly metric: string;
  readonly points: readonly SeriesPoint[];
  readonly condition: Condition | null;
  readonly range: ChartRange;
  readonly evaluations?: readonly {
    readonly at: string;
    readonly value: number | null;
    readonly count: number;
  }[];
  readonly window?: string;
}): ChartOption {
  const evaluated = (input.evaluations ?? [])
    .filter((e) => {
      const at = Date.parse(e.at);
      return at >= input.range.from && at <= input.range.to;
    })
    .map((e) => ({ start: e.at, value: e.value, count: e.count }))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return timeSeriesOption({
    lines: [
      { name: `${input.metric} per ${input.range.interval}`, points: input.points, colour: PALETTE.current },
      ...(evaluated.length > 0
        ? [
            {
              name: `monitor's value${input.window !== undefined ? ` (${input.window} window)` : ""}`,
              points: evaluated,
              colour: PALETTE.accent,
            },
          ]
        : []),
    ],
    metric: input.metric,
    from: input.range.from,
    to: input.range.to,
    referenceLines: conditionLines(input.condition, input.alert.threshold ?? null),
    spans: alertSpans(input.alert),
  });
}
