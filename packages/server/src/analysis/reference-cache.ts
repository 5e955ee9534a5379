import type { DuckDbStore } from "../store/duckdb/duckdb-store.js";
import type { WindowRows } from "../store/duckdb/read-window.js";
import { referenceRows } from "./reference-rows.js";

/**
 * References loaded into memory once per upload: every drift query compares against one, and reading it again
 * per request would cost more than the comparison. Keyed by upload time, so a new upload is picked up.
 */
export class ReferenceCache {
  private readonly entries = new Map<string, { key: string; rows: Promise<WindowRows> }>();

  constructor(
    private readonly store: DuckDbStore,
    private readonly capacity = 32,
  ) {}

  get(model: string, version: string): Promise<WindowRows> {
    const owner = this.store.model(model);
    const uploaded = this.store.version(model, version).reference?.uploadedAt ?? 0;
    const id = `${model}\u0000${version}`;
    const key = `${owner.id}:${owner.updatedAt}:${uploaded}`;
    const cached = this.entries.get(id);
    if (cached && cached.key === key) {
      this.entries.delete(id);
      this.entries.set(id, cached);
      return cached.rows;
    }
    const rows = this.store
      .readReference(model, version)
      .then((table) => referenceRows(this.store.model(model), table));
    rows.catch(() => this.entries.delete(id));
    this.entries.set(id, { key, rows });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return rows;
  }
}
