import { z } from "zod";
import { parseDuration } from "./duration.js";

const DAY = 86_400_000;

/** A duration field: the text is kept as written (`5m`); bounds are checked in milliseconds. */
const duration = (min: number, max: number) =>
  z
    .string()
    .refine((text) => parseDuration(text) !== null, {
      message: "a duration such as 30s, 5m, 1h or 7d",
    })
    .refine(
      (text) => {
        const ms = parseDuration(text);
        return ms === null || (ms >= min && ms <= max);
      },
      { message: `between ${min / 1000} s and ${max / DAY} days` },
    );

const comparison = z.enum([">", "<", ">=", "<="]);

export const conditionSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("threshold"), op: comparison, value: z.number() }),
  z
    .strictObject({ type: z.literal("outside"), low: z.number(), high: z.number() })
    .refine((c) => c.low < c.high, { message: "low must be below high", path: ["low"] }),
  z.strictObject({
    type: z.literal("change"),
    vs: z.enum(["previous", "reference"]),
    op: comparison,
    percent: z
      .number()
      .describe("signed change in percent: `{op: '<', percent: -10}` is a fall of more than 10%"),
  }),
  z.strictObject({
    type: z.literal("anomaly"),
    method: z.enum(["mad", "ewma", "seasonal"]),
    sensitivity: z
      .number()
      .positive()
      .optional()
      .describe("the robust |z| (mad, seasonal) or the EWMA limits' width L; default 3.5"),
    season: z
      .enum(["day", "week"])
      .default("day")
      .describe("seasonal: compare with the same time of day or week"),
    history: duration(3_600_000, 90 * DAY).default("7d"),
  }),
  z.strictObject({
    type: z.literal("changepoint"),
    method: z.enum(["cusum", "pagehinkley"]),
    sensitivity: z
      .number()
      .positive()
      .optional()
      .describe("the decision threshold in σ of the series' first half; default 10"),
    history: duration(3_600_000, 90 * DAY).default("7d"),
  }),
]);

export type Condition = z.infer<typeof conditionSchema>;

const labelName = z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]{0,63}$/, "label names are [a-zA-Z_][a-zA-Z0-9_]*");

/** A monitor's fields, without defaults (a PATCH leaves absent fields unchanged). */
const fields = {
  name: z.string().min(1).max(200),
  metric: z.string().min(1).max(300).describe("any metric the time-series endpoint serves"),
  version: z.string().min(1).max(128).nullable().describe("a version or alias; null: all versions"),
  segment: z
    .string()
    .regex(/^[^:]+:.*$/, "segment filters are 'column:value'")
    .nullable(),
  window: duration(60_000, 31 * DAY),
  every: duration(10_000, DAY),
  condition: conditionSchema,
  for: duration(0, 7 * DAY),
  keepFiringFor: duration(0, 7 * DAY),
  minCount: z.number().int().min(0),
  severity: z.enum(["warning", "critical"]),
  noData: z.enum(["ok", "alerting", "keep"]),
  channels: z.array(z.string().min(1)).max(20),
  actions: z.array(z.string().min(1)).max(20),
  labels: z.record(labelName, z.string().max(500)),
  enabled: z.boolean(),
};

export const newMonitorSchema = z.strictObject({
  ...fields,
  version: fields.version.default(null),
  segment: fields.segment.default(null),
  window: fields.window.default("1h"),
  every: fields.every.default("5m"),
  for: fields.for.default("0m"),
  keepFiringFor: fields.keepFiringFor.default("0m"),
  minCount: fields.minCount.default(100),
  severity: fields.severity.default("warning"),
  noData: fields.noData.default("ok"),
  channels: fields.channels.default([]),
  actions: fields.actions.default([]),
  labels: fields.labels.default({}),
  enabled: fields.enabled.default(true),
});
export type NewMonitor = z.infer<typeof newMonitorSchema>;

export const monitorPatchSchema = z.strictObject(fields).partial();
export type MonitorPatch = z.infer<typeof monitorPatchSchema>;

/** A stored monitor. */
export interface Monitor extends NewMonitor {
  readonly id: string;
  readonly model: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly createdBy: string;
}
