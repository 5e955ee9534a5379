import { describe, expect, it } from "vitest";
import { historyRows } from "./alias-history";
import type { AliasChange } from "./compare-types";

const change = (
  at: string,
  action: AliasChange["action"],
  version: string | null,
  previous: string | null,
): AliasChange => ({ alias: "champion", action, version, previous, at, by: "key_1" });

describe("historyRows", () => {
  it("lists changes newest first with what each did", () => {
    const rows = historyRows([
      change("2026-11-01T00:00:00.000Z", "set", "v1", null),
      change("2026-11-03T00:00:00.000Z", "set", "v2", "v1"),
      change("2026-11-05T00:00:00.000Z", "delete", null, "v2"),
      change("2026-11-04T00:00:00.000Z", "set", "v2", "v2"),
    ]);
    expect(rows.map((r) => r.summary)).toEqual([
      "deleted (was v2)",
      "set again to v2",
      "moved v1 → v2",
      "created at v1",
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(4);
  });

  it("keeps the later of two changes at the same instant on top", () => {
    const rows = historyRows([
      change("2026-11-01T00:00:00.000Z", "set", "v1", null),
      change("2026-11-01T00:00:00.000Z", "set", "v2", "v1"),
    ]);
    expect(rows[0]!.summary).toBe("moved v1 → v2");
  });

  it("is empty without changes", () => {
    expect(historyRows([])).toEqual([]);
  });
});
