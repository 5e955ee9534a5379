import type { DuckDBConnection, DuckDBValue } from "@duckdb/node-api";
import type { Column, FeedbackColumns, NumericalColumn, SourceColumn } from "@telltale/core";
import { type ColumnRequest, type FetchedColumns, startReadColumns } from "../../io/read-columns.js";
import type { Model, WindowFilter } from "../types.js";
import {
  classScoreColumn,
  featureColumn,
  feedbackTable,
  predictionsTable,
  segmentColumn,
} from "./model-tables.js";

export interface WindowRequest {
  readonly filter: WindowFilter;
  /** Feature names to fetch; unknown names are skipped. */
  readonly features: readonly string[];
  /** Prediction, label and scores. */
  readonly outcomes: boolean;
  readonly timestamps?: boolean;
  /** Also returns each row's bucket index: floor((ts − origin) / intervalMs). */
  readonly bucket?: { readonly origin: number; readonly intervalMs: number };
  /** Features whose logged attributions to fetch, as numerical columns named by the feature. */
  readonly attributions?: readonly string[];
  /** Segment columns to fetch (for fairness over a segment attribute). */
  readonly segments?: readonly string[];
  /** Only rows with `ts` in one of these [start, end) spans (within the filter's window). */
  readonly spans?: readonly (readonly [number, number])[];
  /** Each row's feedback summed: records, thumbs up and down, ratings' sum and count. */
  readonly feedback?: boolean;
  /** The label and prediction dictionaries to code with (the whole window's, when only part of it is read). */
  readonly outcomeCategories?: OutcomeDictionaries;
}

/** The distinct label and prediction values of a window, in DuckDB's order, as a window read would code them. */
export interface OutcomeDictionaries {
  readonly label: readonly string[];
  readonly prediction: readonly string[];
}

/** A window's rows as typed columns, the shape core's monitoring functions take. */
export interface WindowRows {
  readonly rows: number;
  readonly features: readonly SourceColumn[];
  readonly segments: readonly SourceColumn[];
  readonly attributions?: readonly SourceColumn[];
  readonly prediction?: SourceColumn;
  readonly label?: SourceColumn;
  readonly score?: SourceColumn;
  readonly classScores?: readonly { readonly label: string; readonly values: Float64Array }[];
  readonly feedback?: FeedbackColumns;
  readonly timestamps?: Float64Array;
  readonly bucket?: Int32Array;
}

/** The WHERE clause for a window; every value is a bound parameter. */
export function windowWhere(
  filter: WindowFilter,
  spans?: readonly (readonly [number, number])[],
): { sql: string; params: Record<string, DuckDBValue> } {
  const parts = ["ts >= $from", "ts < $to"];
  const params: Record<string, DuckDBValue> = { from: filter.from, to: filter.to };
  if (spans !== undefined) {
    const any = spans.map(([start, end], i) => {
      params[`spanStart${i}`] = start;
      params[`spanEnd${i}`] = end;
      return `(ts >= $spanStart${i} AND ts < $spanEnd${i})`;
    });
    parts.push(any.length > 0 ? `(${any.join(" OR ")})` : "false");
  }
  if (filter.version !== undefined) {
    parts.push("version = $version");
    params.version = filter.version;
  }
  if (filter.segment !== undefined) {
    parts.push(`${segmentColumn(filter.segment.name)} = $segmentValue`);
    params.segmentValue = filter.segment.value;
  }
  return { sql: parts.join(" AND "), params };
}

/** A JSON pointer (RFC 6901) to one key, so any feature name is addressed without quoting rules. */
export const jsonPointer = (key: string) => `/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`;

const sourceColumn = (name: string, column: Column): SourceColumn => ({
  name,
  sourceType: column.kind === "numerical" ? "float" : "string",
  column,
});

/** Each FeedbackColumns field with the aggregate that fills it, over one prediction's feedback records. */
const FEEDBACK_SUMS = [
  ["count", "count(*)"],
  ["up", "count(*) FILTER (WHERE kind = 'thumbs' AND number = 1)"],
  ["down", "count(*) FILTER (WHERE kind = 'thumbs' AND number = 0)"],
  ["ratingSum", "coalesce(sum(number) FILTER (WHERE kind = 'rating'), 0)"],
  ["ratingCount", "count(*) FILTER (WHERE kind = 'rating')"],
] as const satisfies readonly (readonly [keyof FeedbackColumns, string])[];

/** Joins each prediction to its summed feedback as `fb`; the window's filters name only prediction columns. */
const feedbackJoin = (modelId: number) =>
  ` LEFT JOIN (SELECT id AS fb_id, ${FEEDBACK_SUMS.map(([name, sql]) => `${sql} AS "${name}"`).join(", ")}
     FROM ${feedbackTable(modelId)} GROUP BY id) fb ON fb.fb_id = ${predictionsTable(modelId)}.id`;

/** A window's rows. */
export async function readWindow(
  connection: DuckDBConnection,
  model: Model,
  request: WindowRequest,
): Promise<WindowRows> {
  return (await startReadWindow(connection, model, request))();
}

/**
 * Starts reading a window: resolves when DuckDB is scanning it, with a function that waits for the rows. Work
 * done in between overlaps the scan.
 */
export async function startReadWindow(
  connection: DuckDBConnection,
  model: Model,
  request: WindowRequest,
): Promise<() => Promise<WindowRows>> {
  const where = windowWhere(request.filter, request.spans);
  const requests: ColumnRequest[] = [];
  const slot = (r: ColumnRequest) => requests.push(r) - 1;
  const features = model.features.filter((f) => request.features.includes(f.name));
  const featureSlots = features.map((f) =>
    slot({ sql: featureColumn(f.name), kind: f.kind === "numerical" ? "number" : "category" }),
  );
  const segments = model.segments.filter((s) => request.segments?.includes(s));
  const segmentSlots = segments.map((s) => slot({ sql: segmentColumn(s), kind: "category" }));
  const attributed = model.features.filter((f) => request.attributions?.includes(f.name));
  const attributionParams: Record<string, DuckDBValue> = {};
  const attributionSlots = attributed.map((f, i) => {
    attributionParams[`attribution${i}`] = jsonPointer(f.name);
    // A value that is absent or not a number reads as missing, as a missing feature does.
    return slot({
      sql: `TRY_CAST(json_extract_string(attributions, $attribution${i}) AS DOUBLE)`,
      kind: "number",
    });
  });
  const outcomeKind = model.task === "regression" ? "number" : "category";
  const outcomeSlots = request.outcomes
    ? {
        prediction: slot({
          sql: "prediction",
          kind: outcomeKind,
          ...(request.outcomeCategories ? { categories: request.outcomeCategories.prediction } : {}),
        }),
        label: slot({
          sql: "label",
          kind: outcomeKind,
          ...(request.outcomeCategories ? { categories: request.outcomeCategories.label } : {}),
        }),
        score: model.task === "binary" ? slot({ sql: "score", kind: "number" }) : -1,
        classes:
          model.task === "multiclass"
            ? model.scoreClasses.map((k) => slot({ sql: classScoreColumn(k), kind: "number" }))
            : [],
      }
    : undefined;
  const feedbackSlots = request.feedback
    ? FEEDBACK_SUMS.map(([name]) => slot({ sql: `coalesce(fb."${name}", 0)`, kind: "number" }))
    : undefined;
  const tsSlot = request.timestamps ? slot({ sql: "ts", kind: "number" }) : -1;
  const bucketSlot = request.bucket ? slot({ sql: "(ts - $origin) // $interval", kind: "int" }) : -1;
  const params = {
    ...where.params,
    ...attributionParams,
    ...(request.bucket ? { origin: request.bucket.origin, interval: request.bucket.intervalMs } : {}),
  };
  const finish = await startReadColumns(
    connection,
    `${predictionsTable(model.id)}${request.feedback ? feedbackJoin(model.id) : ""} WHERE ${where.sql}`,
    params,
    requests,
  );
  return async () => {
    const fetched = await finish();
    return rowsOf(fetched);
  };

  function rowsOf(fetched: FetchedColumns): WindowRows {
    const at = (i: number) => fetched.columns[i] as Column;
    return {
      rows: fetched.rows,
      features: features.map((f, i) => sourceColumn(f.name, at(featureSlots[i]!))),
      segments: segments.map((s, i) => sourceColumn(s, at(segmentSlots[i]!))),
      ...(request.attributions
        ? { attributions: attributed.map((f, i) => sourceColumn(f.name, at(attributionSlots[i]!))) }
        : {}),
      ...(outcomeSlots
        ? {
            prediction: sourceColumn("prediction", at(outcomeSlots.prediction)),
            label: sourceColumn("label", at(outcomeSlots.label)),
            ...(outcomeSlots.score >= 0 ? { score: sourceColumn("score", at(outcomeSlots.score)) } : {}),
            ...(outcomeSlots.classes.length > 0
              ? {
                  classScores: outcomeSlots.classes.map((s, i) => ({
                    label: model.scoreClasses[i]!,
                    values: (at(s) as NumericalColumn).values,
                  })),
                }
              : {}),
          }
        : {}),
      ...(feedbackSlots
        ? {
            feedback: Object.fromEntries(
              FEEDBACK_SUMS.map(([name], i) => [name, (at(feedbackSlots[i]!) as NumericalColumn).values]),
            ) as unknown as FeedbackColumns,
          }
        : {}),
      ...(tsSlot >= 0 ? { timestamps: (at(tsSlot) as NumericalColumn).values } : {}),
      ...(bucketSlot >= 0 ? { bucket: fetched.columns[bucketSlot] as Int32Array } : {}),
    };
  }
}
