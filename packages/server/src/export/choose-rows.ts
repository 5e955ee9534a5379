import { findShiftedSlices, type SliceCondition } from "@telltale/core";
import type { ReferenceCache } from "../analysis/reference-cache.js";
import { referenceVersion, resolveVersion } from "../analysis/window-params.js";
import { binaryClasses } from "../endpoint/binary-classes.js";
import { endpointOutcomes } from "../endpoint/endpoint-outcomes.js";
import { ModelEndpoint } from "../endpoint/model-endpoint.js";
import { AppError } from "../errors/app-error.js";
import { versionEndpoint } from "../explain/version-endpoint.js";
import type { Services } from "../server/services.js";
import { featureColumn, segmentColumn } from "../store/duckdb/model-tables.js";
import type { Model, WindowFilter } from "../store/types.js";
import type { ExportQuery } from "./export-options.js";
import type { ExportSelection } from "./export-query.js";
import { rankDisagreement } from "./rank-disagreement.js";
import { readCandidates } from "./read-candidates.js";
import { slicePredicate } from "./slice-predicate.js";

/** Rows scored through the other version's endpoint at most, for `strategy=disagreement`. */
export const DISAGREEMENT_CANDIDATES = 20_000;

/** What an export's rows were chosen by, for its manifest. */
export interface SelectionNote {
  readonly strategy: string;
  readonly slice?: {
    readonly conditions: readonly SliceCondition[];
    readonly share: number;
    readonly baselineShare: number;
  };
  readonly against?: string;
  readonly candidates?: number;
}

function stratumOf(model: Model, name: string): string {
  if (name === "version") return name;
  if (name === "label" || name === "prediction") {
    if (model.task === "regression") {
      throw new AppError(
        "TELLTALE_VALIDATION",
        `query.stratify: a regression ${name} is a number; stratify by a category`,
      );
    }
    return name;
  }
  if (name.startsWith("segment.") && model.segments.includes(name.slice("segment.".length))) {
    return segmentColumn(name.slice("segment.".length));
  }
  const feature = model.features.find((f) => f.name === name);
  if (feature?.kind === "categorical") return featureColumn(name);
  throw new AppError(
    "TELLTALE_VALIDATION",
    feature
      ? `query.stratify: '${name}' is numerical; stratify by a category`
      : `query.stratify: '${name}' is not label, prediction, version, segment.<name> or a categorical feature of '${model.name}'`,
    { stratify: name },
  );
}

/**
 * Turns the export's query into a row selection. `drifted` finds the window's most over-represented slice against
 * the reference (as `/slices?metric=drift`) and keeps its rows; `disagreement` scores a seeded sample of the window
 * through the other version's endpoint and keeps the rows where it predicts otherwise, most disagreeing first.
 */
export async function chooseRows(
  services: Services,
  references: ReferenceCache,
  model: Model,
  filter: WindowFilter,
  query: ExportQuery,
  signal: AbortSignal,
): Promise<{ selection: ExportSelection; note: SelectionNote }> {
  const strategy = query.strategy ?? (query.sample !== undefined ? "uniform" : "all");
  const base = {
    filter,
    labelled: query.labelled ?? false,
    seed: query.seed,
    threshold: query.threshold,
    ...(query.sample !== undefined ? { sample: query.sample } : {}),
    ...(query.stratify !== undefined ? { stratum: stratumOf(model, query.stratify) } : {}),
  };
  switch (strategy) {
    case "all":
      return { selection: { ...base, order: "time" }, note: { strategy } };
    case "uniform":
      return { selection: { ...base, order: "uniform" }, note: { strategy } };
    case "uncertain":
      if (model.task === "regression") {
        throw new AppError(
          "TELLTALE_VALIDATION",
          "strategy=uncertain needs classification scores; a regression model has none",
        );
      }
      if (model.task === "multiclass" && model.scoreClasses.length < 2) {
        throw new AppError(
          "TELLTALE_VALIDATION",
          "strategy=uncertain ranks by the margin between the two likeliest classes: log class scores with predictions",
        );
      }
      return { selection: { ...base, order: "uncertain" }, note: { strategy } };
    case "drifted": {
      const columns = [...model.features.map((f) => f.name)];
      const current = await services.store.window(model.name, {
        filter,
        features: columns,
        segments: model.segments,
        outcomes: false,
      });
      const reference = await references.get(
        model.name,
        await referenceVersion(services.store, model.name, filter.version),
      );
      const found = findShiftedSlices({
        current: [...current.features, ...current.segments],
        baseline: reference.features,
        limit: 1,
      });
      const top = found.slices.find((s) => s.significant);
      if (!top) {
        throw new AppError(
          "TELLTALE_UNPROCESSABLE",
          "strategy=drifted: no slice of the window is significantly over-represented against the reference",
          {
            rows: current.rows,
          },
        );
      }
      return {
        selection: { ...base, order: "uniform", predicate: slicePredicate(model, top.conditions) },
        note: { strategy, slice: { conditions: top.conditions, share: top.value, baselineShare: top.rest } },
      };
    }
    case "disagreement": {
      if (query.against === undefined) {
        throw new AppError(
          "TELLTALE_VALIDATION",
          "strategy=disagreement needs `against`: the version (or alias) to compare with",
        );
      }
      const against = await resolveVersion(services.store, model.name, query.against);
      const url = versionEndpoint(services.store, model, against);
      const candidates = await services.store.database.read((c) =>
        readCandidates(c, model, filter, {
          labelled: base.labelled,
          limit: DISAGREEMENT_CANDIDATES,
          seed: query.seed,
        }),
      );
      const endpoint = new ModelEndpoint(
        url,
        model.features.map((f) => f.name),
        { signal, timeoutMs: services.endpoint.timeoutMs },
      );
      const classes = binaryClasses(model, [candidates.predictions, candidates.labels]);
      const other = endpointOutcomes(await endpoint.predict(candidates.features), model, classes);
      const order = rankDisagreement(model.task, candidates, other);
      return {
        selection: { ...base, order: "ranked", ids: order.map((i) => candidates.ids[i]!) },
        note: { strategy, against, candidates: candidates.ids.length },
      };
    }
  }
}
