import type { AliasChange } from "./compare-types";

export interface HistoryRow {
  readonly key: string;
  readonly at: string;
  readonly action: AliasChange["action"];
  readonly version: string | null;
  readonly previous: string | null;
  readonly by: string;
  /** What the change did, in words: `moved v1 → v2`, `created at v1`, `deleted (was v2)`. */
  readonly summary: string;
}

function summarise(change: AliasChange): string {
  if (change.action === "delete")
    return change.previous === null ? "deleted" : `deleted (was ${change.previous})`;
  if (change.previous === null) return `created at ${change.version ?? "?"}`;
  if (change.previous === change.version) return `set again to ${change.version}`;
  return `moved ${change.previous} → ${change.version ?? "?"}`;
}

/** An alias's audit trail newest first, each change summarised; equal instants keep the server's order reversed. */
export function historyRows(changes: readonly AliasChange[]): HistoryRow[] {
  return changes
    .map((change, index) => ({ change, index }))
    .sort((x, y) => y.change.at.localeCompare(x.change.at) || y.index - x.index)
    .map(({ change, index }) => ({
      key: `${change.at}#${index}`,
      at: change.at,
      action: change.action,
      version: change.version,
      previous: change.previous,
      by: change.by,
      summary: summarise(change),
    }));
}
