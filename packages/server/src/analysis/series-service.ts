import { parseSeriesMetric } from "@telltale/core";
import type { DuckDbStore } from "../store/duckdb/duckdb-store.js";
import type { WindowFilter } from "../store/types.js";
import { modelSpec } from "./model-spec.js";
import type { ReferenceCache } from "./reference-cache.js";
import { SeriesCache } from "./series-cache.js";
import { seriesNeeds } from "./series-needs.js";
import { type ComputedSeries, cachedSeries } from "./series-query.js";
import { referenceVersion } from "./window-params.js";

export interface SeriesRange {
  readonly filter: WindowFilter;
  /** Start of bucket 0; bucket b covers [origin + b·interval, origin + (b + 1)·interval) ∩ [from, to). */
  readonly origin: number;
  readonly intervalMs: number;
  readonly buckets: number;
  readonly metrics: readonly string[];
}

/**
 * Metrics per bucket over a model's stored predictions, for the time-series endpoint and for monitors: one
 * place that resolves the reference, reads the store in one snapshot and reuses cached buckets.
 */
export class SeriesService {
  constructor(
    private readonly store: DuckDbStore,
    private readonly references: ReferenceCache,
    private readonly cache = new SeriesCache(),
  ) {}

  /** Throws InputError (422) for a metric the model does not have, AppError when no reference exists for drift. */
  async series(modelName: string, range: SeriesRange): Promise<ComputedSeries[]> {
    const { store, references } = this;
    const model = store.model(modelName);
    const spec = modelSpec(model);
    for (const metric of range.metrics) parseSeriesMetric(metric, spec);
    const { filter, origin, intervalMs } = range;
    const reference = seriesNeeds(model, range.metrics).reference
      ? await referenceVersion(store, modelName, filter.version).then(async (version) => ({
          identity: references.identity(modelName, version),
          rows: await references.get(modelName, version),
        }))
      : undefined;
    return store.snapshot(modelName, (reader) =>
      cachedSeries(
        {
          model: reader.model,
          bucketStates: () => reader.bucketStates(filter, { origin, intervalMs }),
          outcomeDictionaries: () => reader.outcomeDictionaries(filter),
          startRows: (spans, needs, outcomeCategories) =>
            reader.startWindow({
              filter,
              features: needs.features,
              segments: needs.segments,
              attributions: needs.attributions,
              outcomes: needs.outcomes,
              feedback: needs.feedback,
              bucket: { origin, intervalMs },
              spans,
              ...(outcomeCategories ? { outcomeCategories } : {}),
            }),
        },
        {
          spec: modelSpec(reader.model),
          filter,
          origin,
          intervalMs,
          buckets: range.buckets,
          metrics: range.metrics,
          reference,
        },
        this.cache,
      ),
    );
  }
}
