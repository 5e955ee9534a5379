import { z } from "zod";

/** Request and response schemas shared by routes; they also become the OpenAPI document. */

export const MODEL_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export const modelName = z
  .string()
  .regex(
    MODEL_NAME,
    "model names are 1-64 characters of a-z, 0-9, '.', '_' and '-', starting with a letter or digit",
  );

export const versionName = z
  .string()
  .min(1, "must not be empty")
  .max(128, "must be at most 128 characters")
  .regex(/^[A-Za-z0-9][A-Za-z0-9._+-]*$/, "versions use letters, digits, '.', '_', '+' and '-'");

export const aliasName = z
  .string()
  .regex(
    /^[a-z][a-z0-9_-]{0,63}$/,
    "aliases are 1-64 characters of a-z, 0-9, '_' and '-', starting with a letter",
  );

const columnName = z.string().min(1).max(128);
const tags = z.array(z.string().min(1).max(64)).max(50);

export const featureSpec = z.strictObject({ name: columnName, kind: z.enum(["numerical", "categorical"]) });

export const createModelBody = z.strictObject({
  name: modelName,
  task: z.enum(["binary", "multiclass", "regression"]),
  features: z.array(featureSpec).max(2000).optional(),
  segments: z.array(columnName).max(50).optional(),
  sensitive: z.array(columnName).max(50).optional(),
  positiveLabel: z.union([z.string(), z.number(), z.boolean()]).transform(String).optional(),
  description: z.string().max(2000).optional(),
  tags: tags.optional(),
  correctionsAsLabels: z
    .boolean()
    .optional()
    .describe("Feedback of kind `correction` also becomes the prediction's label (default false)"),
});

export const patchModelBody = z.strictObject({
  description: z.string().max(2000).nullable().optional(),
  tags: tags.optional(),
  positiveLabel: z.union([z.string(), z.number(), z.boolean()]).transform(String).nullable().optional(),
  sensitive: z.array(columnName).max(50).optional(),
  segments: z.array(columnName).max(50).optional(),
  correctionsAsLabels: z.boolean().optional(),
});

export const modelView = z.object({
  name: z.string(),
  task: z.enum(["binary", "multiclass", "regression"]),
  features: z.array(featureSpec),
  segments: z.array(z.string()),
  sensitive: z.array(z.string()),
  positiveLabel: z.string().nullable(),
  description: z.string().nullable(),
  tags: z.array(z.string()),
  correctionsAsLabels: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const createVersionBody = z.strictObject({
  version: versionName,
  description: z.string().max(2000).optional(),
  tags: tags.optional(),
  metrics: z.record(z.string().min(1).max(64), z.number()).optional(),
  endpoint: z.url().optional(),
});

export const patchVersionBody = z
  .strictObject({
    description: z.string().max(2000).nullable().optional(),
    tags: tags.optional(),
    metrics: z.record(z.string().min(1).max(64), z.number()).optional(),
    endpoint: z.url().nullable().optional().describe("the version's prediction endpoint; null removes it"),
  })
  .refine(
    (body) => Object.keys(body).length > 0,
    "give at least one of description, tags, metrics, endpoint",
  );

export const versionView = z.object({
  version: z.string(),
  description: z.string().nullable(),
  tags: z.array(z.string()),
  metrics: z.record(z.string(), z.number()),
  endpoint: z.string().nullable(),
  createdAt: z.string(),
  reference: z.object({ rows: z.number(), columns: z.array(z.string()), uploadedAt: z.string() }).nullable(),
});

export const aliasView = z.object({
  alias: z.string(),
  version: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});

export const aliasChangeView = z.object({
  alias: z.string(),
  action: z.enum(["set", "delete"]),
  version: z.string().nullable(),
  previous: z.string().nullable(),
  at: z.string(),
  by: z.string(),
});

export const keyView = z.object({
  id: z.string(),
  name: z.string(),
  scope: z.enum(["admin", "ingest"]),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const rejectedView = z.object({
  index: z.number(),
  id: z.string().optional(),
  code: z.string(),
  message: z.string(),
});

export const ingestResultView = z.object({
  accepted: z.number(),
  duplicates: z.number(),
  rejected: z.array(rejectedView),
  newFeatures: z.array(z.string()).optional(),
});

export const labelResultView = z.object({
  matched: z.number(),
  pending: z.number(),
  rejected: z.array(rejectedView),
});

export const feedbackResultView = z.object({
  matched: z.number(),
  pending: z.number(),
  duplicates: z.number(),
  promoted: z.number(),
  rejected: z.array(rejectedView),
});

/** ISO 8601 or epoch milliseconds, as in records. */
export const instant = z
  .string()
  .transform((text, ctx) => {
    const ms = /^-?\d+$/.test(text) ? Number(text) : Date.parse(text);
    if (Number.isNaN(ms)) {
      ctx.addIssue({ code: "custom", message: `'${text}' is not ISO 8601 or epoch milliseconds` });
      return z.NEVER;
    }
    return ms;
  })
  .describe("ISO 8601 or epoch milliseconds");

export const segmentFilter = z
  .string()
  .regex(/^[^:]+:.*$/, "segment filters are 'column:value'")
  .transform((text) => {
    const at = text.indexOf(":");
    return { name: text.slice(0, at), value: text.slice(at + 1) };
  })
  .describe("column:value");

export const modelParams = z.object({ model: modelName });
export const versionParams = z.object({ model: modelName, version: versionName });
export const aliasParams = z.object({ model: modelName, alias: aliasName });
