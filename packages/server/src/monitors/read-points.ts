import { parseSeriesMetric } from "@telltale/core";
import { modelSpec } from "../analysis/model-spec.js";
import type { Services } from "../server/services.js";
import { coalesceReads, readKey, type SeriesRead, type ServedRead } from "./series-reads.js";

/** A metric's value on one bucket and the rows behind it. */
export interface Point {
  readonly value: number | null;
  readonly count: number;
}

/**
 * Whether a metric's value on a bucket depends on the bucket's rows alone, so the bucket can be read inside any
 * longer read (the series cache's rule): a classifier's performance, prediction mean and fairness also depend on
 * the read's label space.
 */
function rowsOnly(services: Services, model: string, metric: string): boolean {
  try {
    const owner = services.store.model(model);
    if (owner.task === "regression") return true;
    const { kind } = parseSeriesMetric(metric, modelSpec(owner));
    return (
      kind !== "performance" && kind !== "predictionMean" && kind !== "fairness" && kind !== "selectionRate"
    );
  } catch {
    // The read itself reports what is wrong with the metric or the model.
    return false;
  }
}

export const pointsKey = (read: SeriesRead, metric: string) => `${readKey(read)}\u0000${metric}`;

/**
 * Windows a read may span for nothing to join two reads on one grid: another query costs more than reading a few
 * windows unless each holds tens of thousands of rows (a 5-minute window evaluated every 25 minutes is one read).
 */
const MAX_GAP_WINDOWS = 4;

/** Series reads at a time: as many as the database has reader lanes, each still serving other requests in turn. */
const READ_CONCURRENCY = 2;

interface Fetch {
  readonly read: SeriesRead;
  readonly metrics: Set<string>;
}

/** Which reads serve the wanted ones, and the metrics each is asked for. */
function planReads(
  services: Services,
  wanted: readonly { read: SeriesRead; metric: string }[],
): { served: (ServedRead & { metric: string })[]; fetches: Fetch[] } {
  const byMetric = new Map<string, { model: string; metric: string; reads: SeriesRead[] }>();
  for (const { read, metric } of wanted) {
    const key = JSON.stringify([read.model, metric]);
    const entry = byMetric.get(key) ?? { model: read.model, metric, reads: [] };
    entry.reads.push(read);
    byMetric.set(key, entry);
  }
  const served: (ServedRead & { metric: string })[] = [];
  const fetches = new Map<string, Fetch>();
  for (const { model, metric, reads } of byMetric.values()) {
    const plan = rowsOnly(services, model, metric)
      ? coalesceReads(reads, MAX_GAP_WINDOWS)
      : [...new Map(reads.map((r) => [readKey(r), r] as const)).values()].map((r) => ({
          read: r,
          by: r,
          offset: 0,
        }));
    for (const s of plan) {
      served.push({ ...s, metric });
      const fetch = fetches.get(readKey(s.by)) ?? { read: s.by, metrics: new Set<string>() };
      fetch.metrics.add(metric);
      fetches.set(readKey(s.by), fetch);
    }
  }
  return { served, fetches: [...fetches.values()] };
}

/** Runs the reads, `READ_CONCURRENCY` at a time; a failing read is retried per metric. */
async function fetchAll(
  services: Services,
  fetches: readonly Fetch[],
): Promise<Map<string, Point[] | Error>> {
  const fetched = new Map<string, Point[] | Error>();
  const fetch = async (read: SeriesRead, metrics: readonly string[]) => {
    const series = await services.series.series(read.model, { ...read, metrics });
    for (const s of series) fetched.set(pointsKey(read, s.metric), [...s.points]);
  };
  const queue = [...fetches];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { read, metrics } = next;
      try {
        await fetch(read, [...metrics]);
      } catch {
        // One metric without what it needs (a reference for drift) must not fail the monitors of the others.
        for (const metric of metrics) {
          await fetch(read, [metric]).catch((error: unknown) => {
            fetched.set(pointsKey(read, metric), error instanceof Error ? error : new Error(String(error)));
          });
        }
      }
    }
  };
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
  return fetched;
}

/**
 * Each wanted read's points for its metric, found by `pointsKey`: every distinct window is read once with all the
 * metrics asked of it, and windows on one grid that overlap, touch or lie a few windows apart are read together
 * when their metric allows (see `coalesceReads`). A read that failed gives its error in place of points.
 */
export async function readPoints(
  services: Services,
  wanted: readonly { read: SeriesRead; metric: string }[],
): Promise<Map<string, Point[] | Error>> {
  const { served, fetches } = planReads(services, wanted);
  const fetched = await fetchAll(services, fetches);
  const out = new Map<string, Point[] | Error>();
  for (const { read, by, offset, metric } of served) {
    const points = fetched.get(pointsKey(by, metric))!;
    out.set(
      pointsKey(read, metric),
      points instanceof Error ? points : points.slice(offset, offset + read.buckets),
    );
  }
  return out;
}
