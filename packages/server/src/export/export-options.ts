import { z } from "zod";
import { windowQuery } from "../analysis/window-params.js";

const flag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

/** The export's query: a window (as everywhere), what to keep, the format, and how to choose rows for a budget. */
export const exportQuery = windowQuery.extend({
  format: z.enum(["parquet", "csv", "jsonl"]).default("parquet"),
  labelled: flag.optional().describe("only rows with ground truth (`true`), or every row (default)"),
  sample: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000_000)
    .optional()
    .describe("at most this many rows, chosen by `strategy` (default uniform); every row when absent"),
  strategy: z
    .enum(["uniform", "uncertain", "disagreement", "drifted"])
    .optional()
    .describe(
      "uniform: seeded random rows; uncertain: scores closest to `threshold` (multiclass: smallest margin between the two likeliest classes); disagreement: rows where version `against` (through its endpoint) predicts another class; drifted: rows of the window's most drifted slice",
    ),
  stratify: z
    .string()
    .min(1)
    .max(300)
    .optional()
    .describe(
      "take rows from each stratum in turn: `label`, `prediction`, `version`, `segment.<name>` or a categorical feature",
    ),
  threshold: z.coerce.number().min(0).max(1).default(0.5).describe("uncertain: the decision threshold"),
  against: z.string().min(1).max(128).optional().describe("disagreement: the other version or alias"),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31)
    .default(0)
    .describe("the random order's seed"),
  expires: z.string().optional().describe("set by signed URLs"),
  signature: z.string().optional().describe("set by signed URLs"),
});

export type ExportQuery = z.infer<typeof exportQuery>;
