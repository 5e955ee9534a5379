import { findShiftedSlices, findSlices, type SliceCondition, type SourceColumn } from "@telltale/core";
import { z } from "zod";
import { AppError } from "../errors/app-error.js";
import type { RouteTable } from "../http/route-table.js";
import { modelParams } from "../http/schemas.js";
import type { Services } from "../server/services.js";
import type { WindowRows } from "../store/duckdb/read-window.js";
import type { Model, WindowFilter } from "../store/types.js";
import type { ReferenceCache } from "./reference-cache.js";
import { rowAbsoluteError, rowCorrectness } from "./row-outcomes.js";
import { referenceVersion, resolveWindow, windowQuery } from "./window-params.js";

const sliceQuery = windowQuery.extend({
  metric: z
    .enum(["accuracy", "error", "drift"])
    .optional()
    .describe(
      "accuracy (classification; default), error (absolute error for regression, error rate for classification; default for regression) or drift (slices whose share of traffic grew)",
    ),
  baseline: z
    .enum(["reference", "previous"])
    .default("reference")
    .describe(
      "what each slice is compared with: the version's reference, or the window of the same length just before",
    ),
  minShare: z.coerce.number().min(0).max(0.5).default(0.01).describe("minimum share of the window's rows"),
  minRows: z.coerce.number().int().min(1).max(1_000_000).default(50).describe("minimum rows in a slice"),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** `age ∈ [30, 40)`, `channel = partner`, `city is missing`, joined by ` and `. */
export function sliceLabel(conditions: readonly SliceCondition[]): string {
  return conditions
    .map((c) => {
      if (c.kind === "category") return `${c.feature} = ${c.value}`;
      if (c.kind === "missing") return `${c.feature} is missing`;
      if (c.lower === null) return `${c.feature} < ${c.upper}`;
      if (c.upper === null) return `${c.feature} ≥ ${c.lower}`;
      return `${c.feature} ∈ [${c.lower}, ${c.upper})`;
    })
    .join(" and ");
}

const columnsOf = (rows: WindowRows): SourceColumn[] => [...rows.features, ...rows.segments];

/** Per row of a window, what the metric measures: correctness (1/0, 255 unknown) or an error (NaN unknown). */
function outcomeOf(model: Model, metric: "accuracy" | "error", rows: WindowRows) {
  if (!rows.prediction || !rows.label) return undefined;
  if (model.task === "regression") {
    return {
      kind: "mean" as const,
      values: rowAbsoluteError(rows.prediction.column, rows.label.column, rows.rows),
      worse: "higher" as const,
    };
  }
  const correct = rowCorrectness(rows.prediction.column, rows.label.column, rows.rows);
  if (metric === "accuracy") return { kind: "rate" as const, values: correct, worse: "lower" as const };
  // The error rate is the mean of 1 − correct over labelled rows.
  const wrong = new Float64Array(rows.rows);
  for (let i = 0; i < rows.rows; i++) wrong[i] = correct[i] === 255 ? Number.NaN : 1 - correct[i]!;
  return { kind: "mean" as const, values: wrong, worse: "higher" as const };
}

/** Root-cause slices: the feature values and ranges (and pairs of them) where the metric is worst. */
export function sliceRoutes(references: ReferenceCache) {
  return (routes: RouteTable, services: Services): void => {
    const { store } = services;
    routes.add(
      {
        method: "GET",
        url: "/api/v1/models/:model/slices",
        tag: "analysis",
        summary: "Root-cause slices: where in the window the metric is worst, with significance",
        description:
          "Candidate slices are `feature = value`, a numerical feature in a quantile bin, a missing value, and conjunctions of two; segment columns count as features. Each is compared with the rest of the window (accuracy: two-proportion z test; error: Welch's t test) or, for `metric=drift`, its share of rows with its share in the baseline (two-proportion z test). p-values are Benjamini–Hochberg adjusted over every slice tested. Slices need `minShare` of the rows and `minRows` rows. For accuracy and error, `baseline` gives each slice's value in the reference or the previous window, and slices are ranked by how much their gap to the rest widened since (`change`), so a slice that was always harder ranks below one that broke; a slice whose features the baseline lacks (a segment column a reference does not hold) keeps its gap.",
        access: "admin",
        params: modelParams,
        query: sliceQuery,
        errors: [400, 404, 409, 422],
      },
      async ({ params, query }) => {
        const model = store.model(params.model);
        const metric = query.metric ?? (model.task === "regression" ? "error" : "accuracy");
        if (metric === "accuracy" && model.task === "regression") {
          throw new AppError(
            "TELLTALE_VALIDATION",
            "metric=accuracy is for classification: use metric=error",
            {
              metric,
            },
          );
        }
        const filter = await resolveWindow(store, params.model, query, services.now());
        const read = (f: WindowFilter) =>
          store.window(params.model, {
            filter: f,
            features: model.features.map((x) => x.name),
            segments: model.segments,
            outcomes: true,
          });
        const current = await read(filter);
        if (current.rows === 0) {
          throw new AppError("TELLTALE_UNPROCESSABLE", "the window holds no predictions", {
            from: new Date(filter.from).toISOString(),
            to: new Date(filter.to).toISOString(),
          });
        }
        const baseline =
          query.baseline === "previous"
            ? await read({ ...filter, from: 2 * filter.from - filter.to, to: filter.from })
            : await references.get(params.model, await referenceVersion(store, params.model, filter.version));
        const options = { minShare: query.minShare, minRows: query.minRows, limit: query.limit };
        let found: ReturnType<typeof findSlices>;
        if (metric === "drift") {
          if (baseline.rows === 0) {
            throw new AppError(
              "TELLTALE_UNPROCESSABLE",
              `the ${query.baseline} window holds no rows to compare with`,
              {
                baseline: query.baseline,
              },
            );
          }
          found = findShiftedSlices({
            current: columnsOf(current),
            baseline: columnsOf(baseline),
            ...options,
          });
        } else {
          const outcome = outcomeOf(model, metric, current);
          if (!outcome)
            throw new AppError("TELLTALE_UNPROCESSABLE", "the window holds no predictions with labels");
          const baselineOutcome = outcomeOf(model, metric, baseline);
          found = findSlices({
            columns: columnsOf(current),
            outcome,
            ...options,
            ...(baselineOutcome
              ? { baseline: { columns: columnsOf(baseline), outcome: baselineOutcome } }
              : {}),
          });
        }
        return {
          from: new Date(filter.from).toISOString(),
          to: new Date(filter.to).toISOString(),
          version: filter.version ?? null,
          segment: filter.segment ?? null,
          metric,
          baseline: query.baseline,
          rows: found.rows,
          overall: found.overall,
          tested: found.tested,
          slices: found.slices.map((slice) => ({
            label: sliceLabel(slice.conditions),
            ...slice,
            // Always present: the slice's share of the baseline (drift), else its value there when known.
            baseline: metric === "drift" ? slice.rest : (slice.baseline ?? null),
          })),
        };
      },
    );
  };
}
