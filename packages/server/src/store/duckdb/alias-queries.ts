import type { DuckDBConnection } from "@duckdb/node-api";
import type { Alias, AliasChange } from "../types.js";
import { aliasChangeFromRow, aliasFromRow } from "./catalog-rows.js";

/** Alias SQL for one model, by its numeric id; every change is appended to `alias_history` with who and when. */

async function current(c: DuckDBConnection, modelId: number, alias: string): Promise<string | null> {
  const found = await c.runAndReadAll("SELECT version FROM aliases WHERE model_id = $id AND alias = $alias", {
    id: modelId,
    alias,
  });
  const row = found.getRows()[0];
  return row ? String(row[0]) : null;
}

async function record(
  c: DuckDBConnection,
  modelId: number,
  change: Omit<AliasChange, "previous">,
  previous: string | null,
): Promise<void> {
  await c.run("INSERT INTO alias_history VALUES ($id, $alias, $action, $version, $previous, $at, $by)", {
    id: modelId,
    alias: change.alias,
    action: change.action,
    version: change.version,
    previous,
    at: change.at,
    by: change.by,
  });
}

export async function selectAliases(c: DuckDBConnection, modelId: number): Promise<Alias[]> {
  const found = await c.runAndReadAll("SELECT * FROM aliases WHERE model_id = $id ORDER BY alias", {
    id: modelId,
  });
  return (found.getRowObjectsJS() as Record<string, unknown>[]).map(aliasFromRow);
}

export async function upsertAlias(
  c: DuckDBConnection,
  modelId: number,
  alias: string,
  version: string,
  by: string,
  now: number,
): Promise<Alias> {
  const previous = await current(c, modelId, alias);
  await c.run("INSERT OR REPLACE INTO aliases VALUES ($id, $alias, $version, $now, $by)", {
    id: modelId,
    alias,
    version,
    now,
    by,
  });
  await record(c, modelId, { alias, action: "set", version, at: now, by }, previous);
  return { alias, version, updatedAt: now, updatedBy: by };
}

/** Returns false when the model has no such alias. */
export async function removeAlias(
  c: DuckDBConnection,
  modelId: number,
  alias: string,
  by: string,
  now: number,
): Promise<boolean> {
  const previous = await current(c, modelId, alias);
  if (previous === null) return false;
  await c.run("DELETE FROM aliases WHERE model_id = $id AND alias = $alias", { id: modelId, alias });
  await record(c, modelId, { alias, action: "delete", version: null, at: now, by }, previous);
  return true;
}

export async function selectAliasHistory(
  c: DuckDBConnection,
  modelId: number,
  alias: string,
): Promise<AliasChange[]> {
  const found = await c.runAndReadAll(
    "SELECT * FROM alias_history WHERE model_id = $id AND alias = $alias ORDER BY changed_at, rowid",
    { id: modelId, alias },
  );
  return (found.getRowObjectsJS() as Record<string, unknown>[]).map(aliasChangeFromRow);
}
