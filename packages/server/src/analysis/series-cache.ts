/** One metric's value on one bucket, as a series point carries it. */
export interface BucketValue {
  readonly value: number | null;
  readonly count: number;
}

interface Entry {
  readonly fingerprint: string;
  readonly values: Map<string, BucketValue>;
}

/**
 * Time-series values per bucket, kept while the bucket's rows are unchanged. A dashboard asks for the same month
 * again and again while only the latest hour moves; computing a bucket costs a scan of its rows, recognising it
 * costs one grouped count. Entries live under a scope (model generation, version, segment, interval) and a span
 * (the bucket's [start, end) inside the window), and hold values by key (the metric plus whatever else it
 * depends on, such as the reference's upload). A bucket whose fingerprint (row count and last change number)
 * differs from the one its values were computed on is dropped when next looked at. Least recently used scopes
 * are evicted once more than `capacity` values are held.
 */
export class SeriesCache {
  private readonly scopes = new Map<string, Map<string, Entry>>();
  private held = 0;

  constructor(private readonly capacity = 500_000) {}

  /** The values held for a span whose rows still have `fingerprint`; none when they changed since. */
  get(scope: string, span: string, fingerprint: string): ReadonlyMap<string, BucketValue> | undefined {
    const spans = this.touch(scope);
    const entry = spans?.get(span);
    if (!entry) return undefined;
    if (entry.fingerprint === fingerprint) return entry.values;
    spans!.delete(span);
    this.held -= entry.values.size;
    return undefined;
  }

  /** Adds values computed on a span's rows with `fingerprint`, replacing those of another fingerprint. */
  set(scope: string, span: string, fingerprint: string, values: ReadonlyMap<string, BucketValue>): void {
    let spans = this.touch(scope);
    if (!spans) {
      spans = new Map();
      this.scopes.set(scope, spans);
    }
    let entry = spans.get(span);
    if (entry && entry.fingerprint !== fingerprint) {
      this.held -= entry.values.size;
      entry = undefined;
    }
    if (!entry) {
      entry = { fingerprint, values: new Map() };
      spans.set(span, entry);
    }
    for (const [key, value] of values) {
      if (!entry.values.has(key)) this.held++;
      entry.values.set(key, value);
    }
    this.evict(scope);
  }

  /** Values held, for tests and the server's own metrics. */
  get size(): number {
    return this.held;
  }

  clear(): void {
    this.scopes.clear();
    this.held = 0;
  }

  /** Marks a scope most recently used. */
  private touch(scope: string): Map<string, Entry> | undefined {
    const spans = this.scopes.get(scope);
    if (spans) {
      this.scopes.delete(scope);
      this.scopes.set(scope, spans);
    }
    return spans;
  }

  /** Drops least recently used scopes other than `keep` until the values fit. */
  private evict(keep: string): void {
    for (const [scope, spans] of this.scopes) {
      if (this.held <= this.capacity) return;
      if (scope === keep) continue;
      for (const entry of spans.values()) this.held -= entry.values.size;
      this.scopes.delete(scope);
    }
  }
}
