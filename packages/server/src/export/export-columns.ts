import { classScoreColumn, featureColumn, segmentColumn } from "../store/duckdb/model-tables.js";
import type { Model } from "../store/types.js";

/** One exported column: its name in the file and the SQL that fills it (over the predictions table and `fb`). */
export interface ExportColumn {
  readonly name: string;
  readonly sql: string;
}

/**
 * Each prediction's feedback summed or latest, as `fb`'s columns; the latest correction and comment win, ties going
 * to the one stored last (as a promoted label's would).
 */
export const FEEDBACK_EXPORT_SQL = `SELECT id AS fb_id,
    count(*) AS n,
    count(*) FILTER (WHERE kind = 'thumbs' AND number = 1) AS up,
    count(*) FILTER (WHERE kind = 'thumbs' AND number = 0) AS down,
    avg(number) FILTER (WHERE kind = 'rating') AS rating,
    arg_max(coalesce(text, CAST(number AS VARCHAR)), (ts, received_at, rowid)) FILTER (WHERE kind = 'correction') AS correction,
    arg_max(text, (ts, received_at, rowid)) FILTER (WHERE kind = 'comment') AS comment`;

const FIXED = [
  "id",
  "version",
  "timestamp",
  "prediction",
  "score",
  "label",
  "label_timestamp",
  "feedback_count",
  "feedback_thumbs_up",
  "feedback_thumbs_down",
  "feedback_rating_mean",
  "feedback_correction",
  "feedback_comment",
];

/**
 * The columns of an export, in order: the prediction's own fields, features under their names, segments as
 * `segment.<name>`, multiclass scores as `score.<class>`, then feedback. A feature whose name another column
 * already takes is exported as `feature.<name>`, so training code reads features by their own names whenever it can.
 * Names are unique ignoring case, as DuckDB compares them; a name still taken gets `_2`, `_3`, ….
 */
export function exportColumns(model: Model): ExportColumn[] {
  const taken = new Set<string>(FIXED.map((n) => n.toLowerCase()));
  const unique = (wanted: string) => {
    let name = wanted;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${wanted}_${k}`;
    taken.add(name.toLowerCase());
    return name;
  };
  const scores = model.scoreClasses.map((k) => ({ name: unique(`score.${k}`), sql: classScoreColumn(k) }));
  const segments = model.segments.map((s) => ({ name: unique(`segment.${s}`), sql: segmentColumn(s) }));
  const features = model.features.map((f) => ({
    name: unique(taken.has(f.name.toLowerCase()) ? `feature.${f.name}` : f.name),
    sql: featureColumn(f.name),
  }));
  return [
    { name: "id", sql: "p.id" },
    { name: "version", sql: "p.version" },
    { name: "timestamp", sql: "epoch_ms(p.ts)" },
    { name: "prediction", sql: "p.prediction" },
    ...(model.task === "binary" ? [{ name: "score", sql: "p.score" }] : []),
    ...scores,
    { name: "label", sql: "p.label" },
    { name: "label_timestamp", sql: "CASE WHEN p.label_ts IS NULL THEN NULL ELSE epoch_ms(p.label_ts) END" },
    ...features,
    ...segments,
    { name: "feedback_count", sql: "coalesce(fb.n, 0)" },
    { name: "feedback_thumbs_up", sql: "coalesce(fb.up, 0)" },
    { name: "feedback_thumbs_down", sql: "coalesce(fb.down, 0)" },
    { name: "feedback_rating_mean", sql: "fb.rating" },
    { name: "feedback_correction", sql: "fb.correction" },
    { name: "feedback_comment", sql: "fb.comment" },
  ];
}
