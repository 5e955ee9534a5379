import { describe, expect, it } from "vitest";
import type { DuckDbStore } from "./duckdb/duckdb-store.js";
import type { PredictionRow } from "./types.js";

/** What every store adapter must do; each adapter's test file runs this suite with its own factory. */
export function runStoreContract(name: string, newStore: () => Promise<DuckDbStore>): void {
  const row = (id: string, extra: Partial<PredictionRow> = {}): PredictionRow => ({
    id,
    version: "v1",
    timestamp: 1_000,
    receivedAt: 2_000,
    prediction: "1",
    score: 0.75,
    classScores: null,
    label: null,
    features: { age: 30, plan: "a" },
    segments: { channel: "web" },
    attributions: null,
    ...extra,
  });
  const append = (store: DuckDbStore, model: string, rows: PredictionRow[]) =>
    store.appendPredictions(model, () => ({ rows, newFeatures: [], newSegments: [], newClasses: [] }), 3_000);

  describe(`store contract: ${name}`, () => {
    it("keeps models, versions and aliases, refusing duplicates", async () => {
      const store = await newStore();
      const model = await store.createModel(
        {
          name: "m",
          task: "binary",
          features: [{ name: "age", kind: "numerical" }],
          segments: ["channel"],
          sensitive: [],
          positiveLabel: "1",
          description: null,
          tags: [],
          correctionsAsLabels: false,
        },
        1,
      );
      expect(model.name).toBe("m");
      await expect(store.createModel({ ...model, features: [], segments: [] }, 2)).rejects.toMatchObject({
        code: "TELLTALE_CONFLICT",
      });
      await store.createVersion(
        "m",
        { version: "v1", description: null, tags: [], metrics: { f1: 0.5 }, endpoint: null },
        3,
      );
      await expect(
        store.createVersion(
          "m",
          { version: "v1", description: null, tags: [], metrics: {}, endpoint: null },
          4,
        ),
      ).rejects.toMatchObject({ code: "TELLTALE_CONFLICT" });
      expect(store.version("m", "v1").metrics).toEqual({ f1: 0.5 });
      await store.setAlias("m", "champion", "v1", "key_a", 5);
      await store.deleteAlias("m", "champion", "key_b", 6);
      expect((await store.aliasHistory("m", "champion")).map((c) => [c.action, c.by])).toEqual([
        ["set", "key_a"],
        ["delete", "key_b"],
      ]);
      await store.close();
    });

    it("stores each id once, joins labels in either order, and reads windows back as typed columns", async () => {
      const store = await newStore();
      await store.createModel(
        {
          name: "p",
          task: "binary",
          features: [
            { name: "age", kind: "numerical" },
            { name: "plan", kind: "categorical" },
          ],
          segments: ["channel"],
          sensitive: [],
          positiveLabel: "1",
          description: null,
          tags: [],
          correctionsAsLabels: false,
        },
        1,
      );
      await store.createVersion(
        "p",
        { version: "v1", description: null, tags: [], metrics: {}, endpoint: null },
        1,
      );
      expect(await store.appendLabels("p", [{ id: "b", label: "0", timestamp: 10 }])).toEqual({
        matched: 0,
        pending: 1,
      });
      const first = await append(store, "p", [
        row("a"),
        row("b", { timestamp: 1_500, features: { age: null, plan: "b" } }),
      ]);
      expect([...first.inserted].sort()).toEqual(["a", "b"]);
      const again = await append(store, "p", [row("a"), row("c", { timestamp: 5_000 })]);
      expect([...again.inserted]).toEqual(["c"]);
      expect(await store.appendLabels("p", [{ id: "a", label: "1", timestamp: 20 }])).toEqual({
        matched: 1,
        pending: 0,
      });
      expect((await store.prediction("p", "b"))?.label).toBe("0");

      const window = await store.window("p", {
        filter: { from: 0, to: 2_000 },
        features: ["age", "plan"],
        outcomes: true,
        bucket: { origin: 0, intervalMs: 1_000 },
      });
      expect(window.rows).toBe(2);
      const age = window.features.find((f) => f.name === "age")!.column;
      expect(
        age.kind === "numerical" && [...age.values].map((v) => (Number.isNaN(v) ? null : v)).sort(),
      ).toEqual([30, null]);
      expect([...window.bucket!].sort()).toEqual([1, 1]);
      const label = window.label!.column;
      expect(label.kind === "categorical" && label.categories).toEqual(["0", "1"]);
      const segmented = await store.window("p", {
        filter: { from: 0, to: 10_000, segment: { name: "channel", value: "web" } },
        features: [],
        outcomes: false,
      });
      expect(segmented.rows).toBe(3);
      expect((await store.counts("p")).map((c) => [c.version, c.predictions, c.labelled])).toEqual([
        ["v1", 3, 2],
      ]);
      await store.deleteModel("p");
      expect(store.findModel("p")).toBeUndefined();
      await store.close();
    });
  });
}
