import type { WindowFilter } from "../store/types.js";

/** One series read of whole buckets: [origin, origin + buckets · intervalMs) of one model's rows. */
export interface SeriesRead {
  readonly model: string;
  readonly filter: WindowFilter;
  readonly origin: number;
  readonly intervalMs: number;
  readonly buckets: number;
}

/** Where a read's buckets are found inside the read that serves it. */
export interface ServedRead {
  readonly read: SeriesRead;
  readonly by: SeriesRead;
  /** Index of the read's first bucket among `by`'s. */
  readonly offset: number;
}

export const readKey = (r: SeriesRead): string =>
  JSON.stringify([r.model, r.filter, r.origin, r.intervalMs, r.buckets]);

/** Reads whose buckets lie on one grid: the same rows (model, version, segment) cut at the same instants. */
const gridKey = (r: SeriesRead) =>
  JSON.stringify([
    r.model,
    r.filter.version ?? null,
    r.filter.segment ?? null,
    r.intervalMs,
    ((r.origin % r.intervalMs) + r.intervalMs) % r.intervalMs,
  ]);

const wholeBuckets = (r: SeriesRead) =>
  r.filter.from === r.origin && r.filter.to === r.origin + r.buckets * r.intervalMs;

/**
 * Serves reads with fewer reads that give the same buckets: reads of whole buckets on one grid that overlap, touch
 * or lie at most `maxGap` buckets apart become one read covering them (the gap's buckets are read for nothing);
 * any other read serves itself. Identical reads are served once. Only for metrics whose bucket values depend on
 * the bucket's rows alone (the series cache's contract), never on the rest of the read.
 */
export function coalesceReads(reads: readonly SeriesRead[], maxGap = 0): ServedRead[] {
  const distinct = new Map(reads.map((r) => [readKey(r), r] as const));
  const grids = new Map<string, SeriesRead[]>();
  const served: ServedRead[] = [];
  for (const read of distinct.values()) {
    if (!wholeBuckets(read)) {
      served.push({ read, by: read, offset: 0 });
      continue;
    }
    const key = gridKey(read);
    const grid = grids.get(key) ?? [];
    grid.push(read);
    grids.set(key, grid);
  }
  for (const grid of grids.values()) {
    grid.sort((a, b) => a.origin - b.origin);
    let run: SeriesRead[] = [];
    let end = Number.NEGATIVE_INFINITY;
    const close = () => {
      if (run.length === 0) return;
      const first = run[0]!;
      const by: SeriesRead =
        run.length === 1
          ? first
          : {
              ...first,
              filter: { ...first.filter, to: end },
              buckets: (end - first.origin) / first.intervalMs,
            };
      for (const read of run)
        served.push({ read, by, offset: (read.origin - first.origin) / read.intervalMs });
      run = [];
    };
    for (const read of grid) {
      if (read.origin > end + maxGap * read.intervalMs) close();
      end = run.length === 0 ? read.filter.to : Math.max(end, read.filter.to);
      run.push(read);
    }
    close();
  }
  return served;
}
