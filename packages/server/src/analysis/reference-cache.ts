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

  /** Which upload of the reference `get` answers with: changes when the reference or the model's schema does. */
  identity(model: string, version: string): string {
    const owner = this.store.model(model);
    const uploaded = this.store.version(model, version).reference?.uploadedAt ?? 0;
    return `${owner.id}:${owner.updatedAt}:${version}:${uploaded}`;
  }

  get(model: string, version: string): Promise<WindowRows> {
    const id = `${model}\u0000${version}`;
    const key = this.identity(model, version);
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
