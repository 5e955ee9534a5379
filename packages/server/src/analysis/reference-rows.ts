import type { Column, NumericalColumn, SourceColumn, Table } from "@telltale/core";
import {
  ATTRIBUTION_PREFIX,
  CLASS_SCORE_PREFIX,
  PREDICTION_COLUMN,
  SCORE_COLUMN,
  TARGET_COLUMNS,
} from "../registry/reference-columns.js";
import type { WindowRows } from "../store/duckdb/read-window.js";
import type { Model } from "../store/types.js";

/** Numbers in a classification outcome column become their text (1 → "1"), as stored labels are. */
function asLabels(source: SourceColumn): SourceColumn {
  if (source.column.kind === "categorical") return source;
  const values = source.column.values;
  const texts = new Set<string>();
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) texts.add(String(values[i]!));
  const categories = [...texts].sort();
  const index = new Map(categories.map((c, i) => [c, i] as const));
  const codes = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    codes[i] = Number.isNaN(values[i]!) ? -1 : index.get(String(values[i]!))!;
  }
  const column: Column = { kind: "categorical", codes, categories };
  return { name: source.name, sourceType: "string", column };
}

/**
 * A version's reference table split into the roles the monitoring functions take: features by the model's
 * schema, `label`/`target`, `prediction`, `score`, `score.<class>` and `attribution.<feature>` columns.
 */
export function referenceRows(model: Model, table: Table): WindowRows {
  const byName = new Map(table.columns.map((c) => [c.name, c] as const));
  const features = model.features.flatMap((f) => {
    const column = byName.get(f.name);
    return column ? [column] : [];
  });
  const segments = model.segments.flatMap((s) => {
    const column = byName.get(s);
    return column ? [column] : [];
  });
  const classification = model.task !== "regression";
  const outcome = (column: SourceColumn | undefined) =>
    column === undefined ? undefined : classification ? asLabels(column) : column;
  const attributions = model.features.flatMap((f) => {
    const column = byName.get(`${ATTRIBUTION_PREFIX}${f.name}`);
    return column?.column.kind === "numerical" ? [{ ...column, name: f.name }] : [];
  });
  const target = TARGET_COLUMNS.map((n) => byName.get(n)).find((c) => c !== undefined);
  const label = outcome(target);
  const prediction = outcome(byName.get(PREDICTION_COLUMN));
  const score = byName.get(SCORE_COLUMN);
  const classScores = table.columns
    .filter((c) => c.name.startsWith(CLASS_SCORE_PREFIX) && c.column.kind === "numerical")
    .map((c) => ({
      label: c.name.slice(CLASS_SCORE_PREFIX.length),
      values: (c.column as NumericalColumn).values,
    }));
  return {
    rows: table.rows,
    features,
    segments,
    ...(attributions.length > 0 ? { attributions } : {}),
    ...(label ? { label } : {}),
    ...(prediction ? { prediction } : {}),
    ...(model.task === "binary" && score?.column.kind === "numerical" ? { score } : {}),
    ...(model.task === "multiclass" && classScores.length > 0 ? { classScores } : {}),
  };
}
