import type { DuckDbStore } from "./duckdb-store.js";

/**
 * Each notification group's schedule state (see `nextGroupFlush`); saved with the deliveries it produced
 * (`DeliveryStore.enqueue`), so a restart neither repeats nor loses a notice.
 */
export class GroupStore {
  constructor(private readonly store: DuckDbStore) {}

  async load(): Promise<Map<string, unknown>> {
    return this.store.database.read(async (c) => {
      const found = await c.runAndReadAll("SELECT group_key, state FROM notification_groups");
      return new Map(
        found.getRows().map(([key, state]) => [String(key), JSON.parse(String(state))] as const),
      );
    });
  }
}
