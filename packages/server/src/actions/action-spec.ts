import { z } from "zod";
import { parseDuration } from "../monitors/duration.js";

const optionalDuration = z
  .string()
  .refine((text) => (parseDuration(text) ?? 0) > 0, { message: "a duration such as 1h, 1d or 7d" })
  .optional();

const cooldown = z
  .string()
  .refine((text) => parseDuration(text) !== null, { message: "a duration such as 30m, 1h or 1d" })
  .default("1h");

/** What runs when a monitor's alert starts firing. */
export const actionSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("rollback"),
    name: z.string().min(1).max(200).optional(),
    alias: z.string().min(1).max(64).default("champion"),
    to: z
      .string()
      .min(1)
      .max(128)
      .default("previous")
      .describe("`previous`: the version the alias pointed at before its current one; or a version"),
    cooldown,
    dryRun: z.boolean().default(false),
  }),
  z.strictObject({
    type: z.literal("webhook"),
    name: z.string().min(1).max(200).optional(),
    url: z.url({ protocol: /^https?$/ }),
    secret: z.string().min(1).max(500).optional(),
    cooldown,
    dryRun: z.boolean().default(false),
  }),
  z.strictObject({
    type: z.literal("retrain"),
    name: z.string().min(1).max(200).optional(),
    url: z.url({ protocol: /^https?$/ }).describe("the training pipeline's trigger"),
    secret: z.string().min(1).max(500).optional(),
    cooldown: z
      .string()
      .refine((text) => parseDuration(text) !== null, { message: "a duration such as 30m, 1h or 1d" })
      .default("1d"),
    dryRun: z.boolean().default(false),
    schedule: optionalDuration.describe(
      "also run every this long (e.g. 7d) without an alert; the first run is one period after the action is created",
    ),
    export: z
      .strictObject({
        format: z.enum(["parquet", "csv", "jsonl"]).default("parquet"),
        labelled: z.boolean().default(true),
        window: optionalDuration.describe(
          "how far back the exported window reaches; default the monitor's window (a scheduled run: its schedule)",
        ),
        expiresIn: z
          .string()
          .refine((text) => (parseDuration(text) ?? 0) > 0 && (parseDuration(text) ?? 0) <= 30 * 86_400_000, {
            message: "a duration such as 24h, at most 30d",
          })
          .default("24h"),
      })
      .prefault({}),
  }),
]);

export type RetrainDefinition = Extract<ActionDefinition, { type: "retrain" }>;

export type ActionDefinition = z.infer<typeof actionSchema>;

export interface Action {
  readonly id: string;
  readonly model: string;
  readonly definition: ActionDefinition;
  readonly createdAt: number;
  readonly createdBy: string;
}

/** One run of an action: what it did (or would have done), or why it did not run. */
export interface ActionRun {
  readonly id: string;
  readonly actionId: string;
  /** Empty for a scheduled run, which no alert started. */
  readonly alertId: string;
  readonly monitorId: string;
  readonly at: number;
  readonly status: "done" | "dry-run" | "failed" | "skipped";
  readonly detail: string;
}

/** Redacts the webhook secret for answers. */
export function actionView(action: Action) {
  const { definition } = action;
  return {
    id: action.id,
    model: action.model,
    ...definition,
    ...(definition.type !== "rollback" && definition.secret !== undefined ? { secret: "***" } : {}),
    createdAt: new Date(action.createdAt).toISOString(),
    createdBy: action.createdBy,
  };
}
