import type { Task } from "@telltale/core";
import type { Alias, AliasChange, ApiKey, KeyScope, Model, Version } from "../types.js";

/** Row → object decoders for the catalog tables; JSON columns hold lists and maps. */

type Row = Record<string, unknown>;

const num = (v: unknown) => Number(v);
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const strOrNull = (v: unknown) => (v === null || v === undefined ? null : String(v));

export function keyFromRow(r: Row): ApiKey {
  return {
    id: String(r.id),
    name: String(r.name),
    scope: r.scope as KeyScope,
    hash: String(r.hash),
    createdAt: num(r.created_at),
    createdBy: strOrNull(r.created_by),
    revokedAt: numOrNull(r.revoked_at),
  };
}

export function modelFromRow(r: Row): Model {
  return {
    id: num(r.id),
    name: String(r.name),
    task: r.task as Task,
    features: JSON.parse(String(r.features)),
    segments: JSON.parse(String(r.segments)),
    sensitive: JSON.parse(String(r.sensitive)),
    positiveLabel: strOrNull(r.positive_label),
    description: strOrNull(r.description),
    tags: JSON.parse(String(r.tags)),
    scoreClasses: JSON.parse(String(r.score_classes)),
    business: JSON.parse(String(r.business ?? "[]")),
    correctionsAsLabels: r.corrections_as_labels === true,
    createdAt: num(r.created_at),
    updatedAt: num(r.updated_at),
  };
}

export function versionFromRow(r: Row, model: string): Version {
  return {
    id: num(r.id),
    model,
    version: String(r.version),
    description: strOrNull(r.description),
    tags: JSON.parse(String(r.tags)),
    metrics: JSON.parse(String(r.metrics)),
    endpoint: strOrNull(r.endpoint),
    createdAt: num(r.created_at),
    reference:
      r.reference_rows === null || r.reference_rows === undefined
        ? null
        : {
            rows: num(r.reference_rows),
            columns: JSON.parse(String(r.reference_columns)),
            uploadedAt: num(r.reference_uploaded_at),
          },
  };
}

export function aliasFromRow(r: Row): Alias {
  return {
    alias: String(r.alias),
    version: String(r.version),
    updatedAt: num(r.updated_at),
    updatedBy: String(r.updated_by),
  };
}

export function aliasChangeFromRow(r: Row): AliasChange {
  return {
    alias: String(r.alias),
    action: r.action as "set" | "delete",
    version: strOrNull(r.version),
    previous: strOrNull(r.previous),
    at: num(r.changed_at),
    by: String(r.changed_by),
  };
}
