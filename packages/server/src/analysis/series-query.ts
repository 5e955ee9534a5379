import { createHash } from "node:crypto";
import { type ModelSpec, parseSeriesMetric, type SeriesMetric, windowSeries } from "@telltale/core";
import type { BucketState } from "../store/duckdb/read-bucket-states.js";
import type { OutcomeDictionaries, WindowRows } from "../store/duckdb/read-window.js";
import type { Model, WindowFilter } from "../store/types.js";
import type { BucketValue, SeriesCache } from "./series-cache.js";
import { seriesNeeds } from "./series-needs.js";

/** The reference a query's drift metrics compare with, and which upload of it that is. */
export interface SeriesReference {
  readonly identity: string;
  readonly rows: WindowRows;
}

/** What a series query reads from the store, all inside one snapshot (see `DuckDbStore.snapshot`). */
export interface SeriesSource {
  readonly model: Model;
  bucketStates(): Promise<BucketState[]>;
  outcomeDictionaries(): Promise<OutcomeDictionaries>;
  /** Starts reading the window's rows in the given [start, end) spans; the function returned waits for them. */
  startRows(
    spans: readonly (readonly [number, number])[],
    needs: ReturnType<typeof seriesNeeds>,
    outcomeCategories: OutcomeDictionaries | undefined,
  ): Promise<() => Promise<WindowRows>>;
}

export interface SeriesRequest {
  readonly spec: ModelSpec;
  readonly filter: WindowFilter;
  readonly origin: number;
  readonly intervalMs: number;
  readonly buckets: number;
  readonly metrics: readonly string[];
  readonly reference: SeriesReference | undefined;
}

export interface ComputedSeries {
  readonly metric: string;
  readonly points: readonly (BucketValue & { readonly bucket: number })[];
}

const EMPTY: BucketValue = { value: null, count: 0 };
const EMPTY_REFERENCE: WindowRows = { rows: 0, features: [], segments: [] };

/** Buckets to recompute are read in chunks of about this many rows, so reading overlaps computing. */
const CHUNK_ROWS = 1_000_000;
/** A chunk's buckets become one condition per run of consecutive buckets; this many at most. */
const MAX_RUNS = 64;

const generations = new WeakMap<Model, number>();
let nextGeneration = 0;

/** A number per model object: the store replaces the object on every change of the model or its schema. */
function generation(model: Model): number {
  let g = generations.get(model);
  if (g === undefined) {
    g = ++nextGeneration;
    generations.set(model, g);
  }
  return g;
}

const digest = (value: unknown) =>
  createHash("sha256").update(JSON.stringify(value)).digest("base64url").slice(0, 16);

/**
 * Metrics whose values depend on the reference's upload: drift, the out-of-range and new-category shares, and
 * what is fitted on the reference (attribution baseline, CBPE's calibration, multivariate detectors).
 */
const REFERENCE_KINDS: ReadonlySet<SeriesMetric["kind"]> = new Set([
  "drift",
  "driftShare",
  "featureOutOfRangeShare",
  "featureNewCategoryShare",
  "attributionNdcg",
  "estimated",
  "multivariateReconstruction",
  "multivariateAuc",
]);

/**
 * Metrics whose values depend on the window's label space: performance and fairness (the positive label and the
 * classes a quiet bucket keeps come from it).
 */
const LABEL_SPACE_KINDS: ReadonlySet<SeriesMetric["kind"]> = new Set([
  "performance",
  "predictionMean",
  "fairness",
  "selectionRate",
  "estimated",
  "business",
]);

/** The cache key of a metric's value: the metric, plus what beyond the bucket's own rows it depends on. */
function valueKey(metric: SeriesMetric, name: string, referenceTag: string, outcomeTag: string): string {
  const reference = REFERENCE_KINDS.has(metric.kind) ? referenceTag : "";
  const labels = LABEL_SPACE_KINDS.has(metric.kind) ? outcomeTag : "";
  return reference === "" && labels === "" ? name : `${name}\u0000${reference}\u0000${labels}`;
}

/** Consecutive bucket indices joined into runs, as [first, last]. */
export function bucketRuns(buckets: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const b of [...buckets].sort((x, y) => x - y)) {
    const last = runs[runs.length - 1];
    if (last && b === last[1] + 1) last[1] = b;
    else runs.push([b, b]);
  }
  return runs;
}

/**
 * Buckets (ascending) cut into chunks of about `CHUNK_ROWS` rows and at most `MAX_RUNS` runs each; a bucket is
 * never split, so a chunk may hold one bucket of more rows.
 */
export function chunkBuckets(buckets: readonly number[], rowsOf: (bucket: number) => number): number[][] {
  const chunks: number[][] = [];
  let chunk: number[] = [];
  let rows = 0;
  let runs = 0;
  for (const b of [...buckets].sort((x, y) => x - y)) {
    const startsRun = chunk.length === 0 || chunk[chunk.length - 1] !== b - 1;
    if (chunk.length > 0 && (rows >= CHUNK_ROWS || (startsRun && runs >= MAX_RUNS))) {
      chunks.push(chunk);
      chunk = [];
      rows = 0;
      runs = 0;
    }
    if (chunk.length === 0 || chunk[chunk.length - 1] !== b - 1) runs++;
    chunk.push(b);
    rows += rowsOf(b);
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/**
 * A window's metrics per bucket, each bucket computed by core's `windowSeries` on its rows and reused from the
 * cache while those rows are unchanged. The store is read in one snapshot: the buckets' counts and change
 * numbers (one grouped scan), the label space when performance or fairness is asked for, and then only the rows
 * of buckets the cache cannot answer, coded with the whole window's dictionaries so every value is the one a full
 * computation gives.
 */
export async function cachedSeries(
  source: SeriesSource,
  request: SeriesRequest,
  cache: SeriesCache,
): Promise<ComputedSeries[]> {
  const { spec, filter, origin, intervalMs, buckets } = request;
  const { model } = source;
  const parsed = request.metrics.map((m) => parseSeriesMetric(m, spec));
  const needs = seriesNeeds(model, request.metrics);
  const states = new Map((await source.bucketStates()).map((s) => [s.bucket, s] as const));
  const outcomes =
    model.task !== "regression" && parsed.some((m) => LABEL_SPACE_KINDS.has(m.kind))
      ? await source.outcomeDictionaries()
      : undefined;
  const referenceTag = request.reference?.identity ?? "";
  const outcomeTag = outcomes ? digest(outcomes) : "";
  const keys = parsed.map((m, k) => valueKey(m, request.metrics[k]!, referenceTag, outcomeTag));
  const scope = JSON.stringify([
    model.id,
    generation(model),
    filter.version ?? null,
    filter.segment ?? null,
    intervalMs,
  ]);
  const spanOf = (b: number) =>
    `${Math.max(filter.from, origin + b * intervalMs)}:${Math.min(filter.to, origin + (b + 1) * intervalMs)}`;
  const fingerprint = (s: BucketState) => `${s.rows}:${s.seq}`;

  const known = new Map<number, ReadonlyMap<string, BucketValue>>();
  const missing: number[] = [];
  for (const state of states.values()) {
    if (state.bucket < 0 || state.bucket >= buckets) continue;
    const held = cache.get(scope, spanOf(state.bucket), fingerprint(state));
    if (held && keys.every((key) => held.has(key))) known.set(state.bucket, held);
    else missing.push(state.bucket);
  }

  const chunks = chunkBuckets(missing, (b) => states.get(b)!.rows);
  const start = (chunk: readonly number[]) =>
    source.startRows(
      bucketRuns(chunk).map(
        ([first, last]) =>
          [
            Math.max(filter.from, origin + first * intervalMs),
            Math.min(filter.to, origin + (last + 1) * intervalMs),
          ] as const,
      ),
      needs,
      outcomes,
    );
  let finish = chunks.length > 0 ? await start(chunks[0]!) : undefined;
  try {
    for (let c = 0; c < chunks.length; c++) {
      const current = await finish!();
      finish = undefined;
      // DuckDB scans the next chunk on its own threads while this one is computed here.
      if (c + 1 < chunks.length) finish = await start(chunks[c + 1]!);
      const series = windowSeries({
        spec,
        reference: request.reference?.rows ?? EMPTY_REFERENCE,
        current,
        bucketOf: current.bucket!,
        buckets,
        metrics: request.metrics,
      });
      for (const b of chunks[c]!) {
        const values = new Map<string, BucketValue>();
        series.forEach((s, k) => {
          const { value, count } = s.points[b]!;
          values.set(keys[k]!, { value, count });
        });
        cache.set(scope, spanOf(b), fingerprint(states.get(b)!), values);
        known.set(b, values);
      }
    }
  } finally {
    // A computation that threw leaves no scan running on the snapshot's connection.
    if (finish) await finish().catch(() => undefined);
  }

  return request.metrics.map((metric, k) => ({
    metric,
    points: Array.from({ length: buckets }, (_, b) => ({
      bucket: b,
      ...(known.get(b)?.get(keys[k]!) ?? EMPTY),
    })),
  }));
}
