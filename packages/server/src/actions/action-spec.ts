import { z } from "zod";
import { parseDuration } from "../monitors/duration.js";

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
]);

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
    ...(definition.type === "webhook" && definition.secret !== undefined ? { secret: "***" } : {}),
    createdAt: new Date(action.createdAt).toISOString(),
    createdBy: action.createdBy,
  };
}
