import { explainSection, windowReport } from "@telltale/core";
import { z } from "zod";
import { modelSpec } from "../analysis/model-spec.js";
import type { ReferenceCache } from "../analysis/reference-cache.js";
import { referenceVersion, resolveWindow, windowQuery } from "../analysis/window-params.js";
import { AppError } from "../errors/app-error.js";
import type { RouteTable } from "../http/route-table.js";
import { modelName, modelParams } from "../http/schemas.js";
import type { Services } from "../server/services.js";
import type { WindowRows } from "../store/duckdb/read-window.js";
import type { Model, WindowFilter } from "../store/types.js";
import { labelPredict, probabilityPredict } from "./endpoint-predict.js";
import { explainPrediction } from "./explain-prediction.js";
import { versionEndpoint } from "./version-endpoint.js";
import {
  type ComputeContext,
  computedImportance,
  IMPORTANCE_METHODS,
  type ImportanceRun,
  loggedRun,
} from "./window-importance.js";

const explainQuery = windowQuery.extend({
  method: z
    .enum(["auto", ...IMPORTANCE_METHODS])
    .default("auto")
    .describe(
      "logged: mean |attribution| of what the serving code logged; permutation (needs labels), prediction-change or shap: computed by calling the version's endpoint on a sample; auto: logged when the window has attributions, else prediction-change",
    ),
  baseline: z
    .enum(["reference", "previous"])
    .default("reference")
    .describe("what the importance ranking is compared with: the reference, or the window just before"),
  sample: z.coerce
    .number()
    .int()
    .min(10)
    .max(5000)
    .optional()
    .describe(
      "rows explained through the endpoint; default 500 (shap: 20, each costing 2·M + 2048 coalitions × the background)",
    ),
  background: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(50)
    .describe("Kernel SHAP background rows (k-means)"),
  seed: z.coerce.number().int().min(0).default(1),
});

/** Why a model changed: which features drive it, whether that shifted, and which drifted features matter. */
export function explainRoutes(references: ReferenceCache) {
  return (routes: RouteTable, services: Services): void => {
    const { store } = services;

    /** A window's rows; logged attributions only when the method may read them (each is a JSON extraction). */
    const read = (model: Model, filter: WindowFilter, attributions: boolean) =>
      store.window(model.name, {
        filter,
        features: model.features.map((f) => f.name),
        ...(attributions ? { attributions: model.features.map((f) => f.name) } : {}),
        outcomes: true,
        segments: [],
      });

    routes.add(
      {
        method: "GET",
        url: "/api/v1/models/:model/explain",
        tag: "analysis",
        summary:
          "Feature importance in a window against a baseline, attribution drift (NDCG) and drift impact",
        description:
          "Importance is the mean |attribution| of logged attributions, or is computed through the version's prediction endpoint on a seeded sample: permutation importance (drop in accuracy, or rise in RMSE, when a feature's values are shuffled among labelled rows), prediction change (mean |Δ output| when a feature takes a reference row's value) or Kernel SHAP (mean |SHAP| with a k-means background of the reference). `ndcg` compares the window's importance ranking with the baseline's as SageMaker Clarify does (drift below 0.9). Drift impact ranks features by drift statistic × share of importance: what explains a change.",
        access: "admin",
        params: modelParams,
        query: explainQuery,
        errors: [400, 404, 409, 422, 502, 504],
      },
      async ({ params, query, reply }) => {
        const model = store.model(params.model);
        const filter = await resolveWindow(store, params.model, query, services.now());
        const version = await referenceVersion(store, params.model, filter.version);
        const reference = await references.get(params.model, version);
        const current = await read(model, filter, query.method === "auto" || query.method === "logged");
        if (current.rows === 0) {
          throw new AppError("TELLTALE_UNPROCESSABLE", "the window holds no predictions", {
            from: new Date(filter.from).toISOString(),
            to: new Date(filter.to).toISOString(),
          });
        }
        const logged = loggedRun(model, current);
        const method = query.method === "auto" ? (logged ? "logged" : "prediction-change") : query.method;
        const baselineRows: WindowRows =
          query.baseline === "previous"
            ? await read(
                model,
                { ...filter, from: 2 * filter.from - filter.to, to: filter.from },
                method === "logged",
              )
            : reference;
        let run: ImportanceRun;
        let baseline: ImportanceRun | undefined;
        if (method === "logged") {
          if (!logged) {
            throw new AppError(
              "TELLTALE_UNPROCESSABLE",
              "no prediction in the window carries attributions: log them with each prediction, or use method=prediction-change, permutation or shap with the version's endpoint",
            );
          }
          run = logged;
          baseline = loggedRun(model, baselineRows);
        } else {
          const abort = new AbortController();
          reply.raw.once("close", () => abort.abort());
          const url = versionEndpoint(store, model, version);
          const spec = modelSpec(model);
          const classes = model.task === "regression" ? [] : outcomeClasses(current, reference);
          const positive = spec.positiveLabel;
          const context: ComputeContext = {
            model,
            probability: probabilityPredict(url, model, {
              signal: abort.signal,
              timeoutMs: services.endpoint.timeoutMs,
              ...(positive !== undefined ? { positive } : {}),
              ...(model.task === "multiclass" && classes[0] !== undefined ? { target: classes[0] } : {}),
            }),
            labels: labelPredict(url, model, classes, {
              signal: abort.signal,
              timeoutMs: services.endpoint.timeoutMs,
              ...(positive !== undefined ? { positive } : {}),
            }),
            classes,
            reference,
            sample: query.sample ?? (method === "shap" ? 20 : 500),
            background: query.background,
            seed: query.seed,
          };
          run = await computedImportance(method, current, context);
          baseline =
            baselineRows.rows === 0
              ? undefined
              : await computedImportance(method, baselineRows, context).catch((error: unknown) => {
                  // A baseline without labels (permutation) leaves the comparison out, not the answer.
                  if (error instanceof AppError && error.code === "TELLTALE_UNPROCESSABLE") return undefined;
                  throw error;
                });
        }
        // Drift of the features alone: performance, fairness and business metrics would be computed and dropped.
        const features = (rows: WindowRows): WindowRows => ({
          rows: rows.rows,
          features: rows.features,
          segments: [],
        });
        const report = windowReport({
          spec: { task: model.task, features: modelSpec(model).features },
          reference: features(reference),
          current: features(current),
        });
        const section = explainSection({
          source: method,
          features: model.features.map((f) => f.name),
          importance: run.importance,
          baseline: baseline?.importance,
          drift: report.report.drift,
        });
        return {
          from: new Date(filter.from).toISOString(),
          to: new Date(filter.to).toISOString(),
          version: filter.version ?? null,
          segment: filter.segment ?? null,
          explainedVersion: version,
          method,
          baseline: baseline ? query.baseline : null,
          rows: run.rows,
          sampled: run.sampled ? run.rows : null,
          evaluations: run.evaluations + (baseline?.evaluations ?? 0),
          importance: section.importance,
          ndcg: section.ndcg,
          ndcgThreshold: section.ndcgThreshold,
          attributionDrift: section.attributionDrift,
          driftImpact: section.driftImpact,
        };
      },
    );

    routes.add(
      {
        method: "GET",
        url: "/api/v1/models/:model/predictions/:id/explanation",
        tag: "analysis",
        summary: "Kernel SHAP attributions of one stored prediction, computed through its version's endpoint",
        description:
          "The background is the version's reference summarised by k-means (`background` rows, weighted by cluster size). With up to 10 features every coalition is enumerated, so the values are exact Shapley values of the interventional value function; beyond that 2·M + 2048 coalitions are sampled. Attributions sum to `output − expectedValue`. Binary models explain P(positive class), multiclass ones the predicted class's probability, regression the value.",
        access: "admin",
        params: z.object({ model: modelName, id: z.string().min(1).max(256) }),
        query: z.object({
          background: z.coerce.number().int().min(1).max(500).default(50),
          samples: z.coerce
            .number()
            .int()
            .min(10)
            .max(100_000)
            .optional()
            .describe("coalitions; default 2·M + 2048"),
          seed: z.coerce.number().int().min(0).default(1),
        }),
        errors: [404, 409, 422, 502, 504],
      },
      async ({ params, query, reply }) => {
        const abort = new AbortController();
        reply.raw.once("close", () => abort.abort());
        return explainPrediction(services, references, params.model, params.id, {
          background: query.background,
          seed: query.seed,
          signal: abort.signal,
          timeoutMs: services.endpoint.timeoutMs,
          ...(query.samples !== undefined ? { samples: query.samples } : {}),
        });
      },
    );
  };
}

/** The classes a classification window and its reference name, labels first, in a stable order. */
function outcomeClasses(current: WindowRows, reference: WindowRows): string[] {
  const seen = new Set<string>();
  for (const rows of [current, reference])
    for (const column of [rows.label?.column, rows.prediction?.column])
      if (column?.kind === "categorical") for (const c of column.categories) seen.add(c);
  return [...seen].sort();
}
