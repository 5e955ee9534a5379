import type { Alias, AliasChange, ApiKey, Model, Version } from "../store/types.js";

/** Stored objects as the API shows them: times as ISO 8601, internal ids hidden. */

const iso = (ms: number) => new Date(ms).toISOString();

export const modelToView = (m: Model) => ({
  name: m.name,
  task: m.task,
  features: m.features,
  segments: m.segments,
  sensitive: m.sensitive,
  positiveLabel: m.positiveLabel,
  description: m.description,
  tags: m.tags,
  correctionsAsLabels: m.correctionsAsLabels,
  createdAt: iso(m.createdAt),
  updatedAt: iso(m.updatedAt),
});

export const versionToView = (v: Version) => ({
  version: v.version,
  description: v.description,
  tags: v.tags,
  metrics: v.metrics,
  endpoint: v.endpoint,
  createdAt: iso(v.createdAt),
  reference: v.reference
    ? { rows: v.reference.rows, columns: v.reference.columns, uploadedAt: iso(v.reference.uploadedAt) }
    : null,
});

export const aliasToView = (a: Alias) => ({
  alias: a.alias,
  version: a.version,
  updatedAt: iso(a.updatedAt),
  updatedBy: a.updatedBy,
});

export const aliasChangeToView = (c: AliasChange) => ({
  alias: c.alias,
  action: c.action,
  version: c.version,
  previous: c.previous,
  at: iso(c.at),
  by: c.by,
});

export const keyToView = (k: ApiKey) => ({
  id: k.id,
  name: k.name,
  scope: k.scope,
  createdAt: iso(k.createdAt),
  createdBy: k.createdBy,
  revokedAt: k.revokedAt === null ? null : iso(k.revokedAt),
});
