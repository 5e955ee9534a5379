import type { Task } from "@telltale/core";
import { quoteIdentifier } from "../../io/quote-identifier.js";
import type { FeatureKind } from "../types.js";

/** Table names come from numeric ids only; user-chosen names never reach SQL as identifiers unquoted. */
export const predictionsTable = (modelId: number) => `predictions_${modelId}`;
export const pendingLabelsTable = (modelId: number) => `pending_labels_${modelId}`;
/** Feedback rows, keyed by the prediction's id; any number per prediction, joined when read. */
export const feedbackTable = (modelId: number) => `feedback_${modelId}`;
export const referenceTable = (modelId: number, versionId: number) => `reference_${modelId}_${versionId}`;

/** Per-model columns carry a prefix so a feature called `id` or `label` cannot collide with ours. */
export const featureColumn = (name: string) => quoteIdentifier(`f:${name}`);
export const segmentColumn = (name: string) => quoteIdentifier(`s:${name}`);
export const classScoreColumn = (label: string) => quoteIdentifier(`c:${label}`);

export const outcomeType = (task: Task) => (task === "regression" ? "DOUBLE" : "VARCHAR");
export const featureType = (kind: FeatureKind) => (kind === "numerical" ? "DOUBLE" : "VARCHAR");

/** The fixed leading columns of a predictions table, in order; features, segments and class scores follow. */
export const FIXED_COLUMNS = [
  "id",
  "version",
  "ts",
  "received_at",
  "prediction",
  "score",
  "label",
  "label_ts",
  "attributions",
  "seq",
] as const;

/**
 * `seq` is the store's change counter at the row's last write (insert or label): a bucket whose count and
 * highest `seq` are unchanged holds the same rows, so results computed on it can be reused.
 */
export const SEQ_COLUMN = "seq";

export function createModelTables(modelId: number, task: Task): string[] {
  const outcome = outcomeType(task);
  return [
    `CREATE TABLE ${predictionsTable(modelId)} (
      id VARCHAR PRIMARY KEY, version VARCHAR NOT NULL, ts BIGINT NOT NULL, received_at BIGINT NOT NULL,
      prediction ${outcome}, score DOUBLE, label ${outcome}, label_ts BIGINT, attributions VARCHAR,
      seq BIGINT DEFAULT 0)`,
    `CREATE TABLE ${pendingLabelsTable(modelId)} (id VARCHAR PRIMARY KEY, label ${outcome} NOT NULL, ts BIGINT NOT NULL)`,
    createFeedbackTable(modelId),
  ];
}

/** Also run on open: data directories from before feedback existed gain the table. */
export const createFeedbackTable = (modelId: number) =>
  `CREATE TABLE IF NOT EXISTS ${feedbackTable(modelId)} (
    id VARCHAR NOT NULL, kind VARCHAR NOT NULL, number DOUBLE, text VARCHAR, "user" VARCHAR, ts BIGINT NOT NULL,
    received_at BIGINT NOT NULL, "key" VARCHAR)`;

/** Feedback tables made before records carried a key gain the column (the table's last either way). */
export const addFeedbackKey = (modelId: number) =>
  `ALTER TABLE ${feedbackTable(modelId)} ADD COLUMN IF NOT EXISTS "key" VARCHAR`;
