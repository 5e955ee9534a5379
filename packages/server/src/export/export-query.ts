import type { DuckDBValue } from "@duckdb/node-api";
import { listValue } from "@duckdb/node-api";
import { classScoreColumn, feedbackTable, predictionsTable } from "../store/duckdb/model-tables.js";
import { windowWhere } from "../store/duckdb/read-window.js";
import type { Model, WindowFilter } from "../store/types.js";
import { exportColumns, FEEDBACK_EXPORT_SQL } from "./export-columns.js";

/** How the rows of an export are chosen; see `export-options.ts` for what users send. */
export interface ExportSelection {
  readonly filter: WindowFilter;
  /** Only rows with ground truth. */
  readonly labelled: boolean;
  /** At most this many rows, the first by the strategy's order; every row when absent. */
  readonly sample?: number;
  /**
   * `uniform`: a seeded random order; `uncertain`: scores closest to the threshold (multiclass: the smallest margin
   * between the two likeliest classes); `ranked`: the order of `ids` (chosen elsewhere, e.g. where versions disagree).
   */
  readonly order: "time" | "uniform" | "uncertain" | "ranked";
  readonly seed: number;
  readonly threshold: number;
  /** SQL of the column whose values are strata: rows are taken from each stratum in turn. */
  readonly stratum?: string;
  /** Only rows that satisfy this predicate over the predictions table (e.g. the most drifted slice). */
  readonly predicate?: { readonly sql: string; readonly params: Readonly<Record<string, DuckDBValue>> };
  /** `ranked`: the ids to export, best first. */
  readonly ids?: readonly string[];
}

/** The ordering key of a strategy, over the predictions table's columns. */
function keyOf(model: Model, selection: ExportSelection): string {
  switch (selection.order) {
    case "time":
      return "ts";
    case "uniform":
      return "hash(id || $seed)";
    case "ranked":
      return "chosen_rank";
    case "uncertain": {
      if (model.task === "binary") return "abs(score - $threshold)";
      const scores = `list_sort([${model.scoreClasses.map(classScoreColumn).join(", ")}], 'DESC')`;
      return `(${scores}[1] - ${scores}[2])`;
    }
  }
}

/**
 * The SELECT of an export, every value a bound parameter: the window's rows (and only those the selection keeps)
 * with their summed feedback, in the strategy's order, taking strata in turn when stratified, and at most `sample`.
 * Without sampling, rows come in time order, so the same window exports the same bytes.
 */
export function exportQuery(
  model: Model,
  selection: ExportSelection,
): { sql: string; params: Record<string, DuckDBValue> } {
  const where = windowWhere(selection.filter);
  const params: Record<string, DuckDBValue> = { ...where.params };
  const conditions = [where.sql];
  if (selection.labelled) conditions.push("label IS NOT NULL");
  if (selection.predicate) {
    conditions.push(`(${selection.predicate.sql})`);
    Object.assign(params, selection.predicate.params);
  }
  const noneChosen = selection.order === "ranked" && (selection.ids ?? []).length === 0;
  const key = noneChosen ? "ts" : keyOf(model, selection);
  if (selection.order === "uniform") params.seed = String(selection.seed);
  if (selection.order === "uncertain") {
    if (model.task === "binary") params.threshold = selection.threshold;
    conditions.push(`${key} IS NOT NULL`);
  }
  let source = predictionsTable(model.id);
  if (noneChosen) {
    // Nothing chosen (the versions agree everywhere): an empty export, not an untyped empty list.
    conditions.push("false");
  } else if (selection.order === "ranked") {
    source = `${source} JOIN (SELECT unnest($ids) AS chosen_id, generate_subscripts($ids, 1) AS chosen_rank) chosen
      ON chosen.chosen_id = id`;
    params.ids = listValue([...(selection.ids ?? [])]);
  }
  const rank =
    selection.stratum !== undefined
      ? `, row_number() OVER (PARTITION BY ${selection.stratum} ORDER BY ${key}, id) AS telltale_turn`
      : "";
  const order = `${selection.stratum !== undefined ? "p.telltale_turn, " : ""}p.telltale_key, p.id`;
  const limit = selection.sample !== undefined ? " LIMIT $sample" : "";
  if (selection.sample !== undefined) params.sample = selection.sample;
  const columns = exportColumns(model)
    .map((c) => `${c.sql} AS "${c.name.replaceAll('"', '""')}"`)
    .join(", ");
  const sql = `SELECT ${columns}
    FROM (SELECT *, ${key} AS telltale_key${rank} FROM ${source} WHERE ${conditions.join(" AND ")}) p
    LEFT JOIN (${FEEDBACK_EXPORT_SQL} FROM ${feedbackTable(model.id)} GROUP BY id) fb ON fb.fb_id = p.id
    ORDER BY ${order}${limit}`;
  return { sql, params };
}
