import type { DuckDBConnection } from "@duckdb/node-api";
import type { FeatureRow } from "../explain/feature-rows.js";
import { featureColumn, predictionsTable } from "../store/duckdb/model-tables.js";
import { windowWhere } from "../store/duckdb/read-window.js";
import type { Model, WindowFilter } from "../store/types.js";

/** Rows of a window as a model endpoint takes them, with what was stored for each. */
export interface Candidates {
  readonly ids: readonly string[];
  readonly features: readonly FeatureRow[];
  readonly predictions: readonly (string | number | null)[];
  readonly scores: readonly (number | null)[];
  readonly labels: readonly (string | number | null)[];
}

/** At most `limit` rows of the window in a seeded random order (the whole window when it is smaller). */
export async function readCandidates(
  connection: DuckDBConnection,
  model: Model,
  filter: WindowFilter,
  options: { readonly labelled: boolean; readonly limit: number; readonly seed: number },
): Promise<Candidates> {
  const where = windowWhere(filter);
  const features = model.features.map((f) => featureColumn(f.name));
  const result = await connection.runAndReadAll(
    `SELECT id, prediction, ${model.task === "binary" ? "score" : "NULL"} AS score, label${features.map((f) => `, ${f}`).join("")}
     FROM ${predictionsTable(model.id)} WHERE ${where.sql}${options.labelled ? " AND label IS NOT NULL" : ""}
     ORDER BY hash(id || $seed) LIMIT $limit`,
    { ...where.params, seed: String(options.seed), limit: options.limit },
  );
  const rows = result.getRowsJS();
  const numerical = model.features.map((f) => f.kind === "numerical");
  return {
    ids: rows.map((r) => String(r[0])),
    predictions: rows.map((r) => r[1] as string | number | null),
    scores: rows.map((r) => (r[2] === null ? null : Number(r[2]))),
    labels: rows.map((r) => r[3] as string | number | null),
    features: rows.map((r) =>
      numerical.map((isNumber, j) => {
        const v = r[4 + j];
        if (v === null || v === undefined) return null;
        return isNumber ? Number(v) : String(v);
      }),
    ),
  };
}
