import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { runStoreContract } from "../store-contract.test-support.js";
import { DuckDbStore } from "./duckdb-store.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "telltale-store-"));
  dirs.push(dir);
  return dir;
};

runStoreContract("DuckDB in memory", () => DuckDbStore.open(null));
runStoreContract("DuckDB file", () => DuckDbStore.open(freshDir()));

describe("DuckDB file store", () => {
  it("keeps the catalog, predictions and pending labels across a restart", async () => {
    const dir = freshDir();
    const store = await DuckDbStore.open(dir);
    await store.createModel(
      {
        name: "keep",
        task: "regression",
        features: [],
        segments: [],
        sensitive: [],
        positiveLabel: null,
        description: "d",
        tags: ["t"],
        correctionsAsLabels: false,
      },
      1,
    );
    await store.createVersion(
      "keep",
      { version: "v1", description: null, tags: [], metrics: {}, endpoint: null },
      2,
    );
    await store.appendLabels("keep", [{ id: "later", label: 4, timestamp: 3 }]);
    await store.close();

    const reopened = await DuckDbStore.open(dir);
    expect(reopened.model("keep")).toMatchObject({ task: "regression", description: "d", tags: ["t"] });
    expect(reopened.listVersions("keep").map((v) => v.version)).toEqual(["v1"]);
    expect(reopened.pendingLabels("keep")).toBe(1);
    await reopened.close();
  });

  it("numbers every write, keeps the numbers across a restart, and adds the column to older tables", async () => {
    const dir = freshDir();
    const store = await DuckDbStore.open(dir);
    await store.createModel(
      {
        name: "seq",
        task: "regression",
        features: [],
        segments: [],
        sensitive: [],
        positiveLabel: null,
        description: null,
        tags: [],
        correctionsAsLabels: false,
      },
      1,
    );
    await store.createVersion(
      "seq",
      { version: "v1", description: null, tags: [], metrics: {}, endpoint: null },
      2,
    );
    const row = (id: string, timestamp: number) => ({
      id,
      version: "v1",
      timestamp,
      receivedAt: timestamp,
      prediction: 1,
      score: null,
      classScores: null,
      label: null,
      features: {},
      segments: {},
      attributions: null,
    });
    const append = (rows: ReturnType<typeof row>[]) =>
      store.appendPredictions("seq", () => ({ rows, newFeatures: [], newSegments: [], newClasses: [] }), 3);
    const states = (s: DuckDbStore) =>
      s.snapshot("seq", (reader) =>
        reader.bucketStates({ from: 0, to: 4000 }, { origin: 0, intervalMs: 1000 }),
      );
    await append([row("a", 100), row("b", 1100)]);
    await append([row("c", 2100)]);
    expect(await states(store)).toEqual([
      { bucket: 0, rows: 1, seq: 1 },
      { bucket: 1, rows: 1, seq: 1 },
      { bucket: 2, rows: 1, seq: 2 },
    ]);
    await store.appendLabels("seq", [{ id: "a", label: 2, timestamp: 5 }]);
    expect((await states(store))[0]).toEqual({ bucket: 0, rows: 1, seq: 3 });
    await store.close();

    // A table from before the column existed: its rows count as change 0, and numbering goes on from the highest.
    const raw = await DuckDBInstance.create(join(dir, "telltale.duckdb"));
    const connection = await raw.connect();
    await connection.run("ALTER TABLE predictions_1 DROP COLUMN seq");
    connection.closeSync();
    raw.closeSync();
    let reopened = await DuckDbStore.open(dir);
    expect((await states(reopened)).map((s) => s.seq)).toEqual([0, 0, 0]);
    await reopened.close();
    reopened = await DuckDbStore.open(dir);
    await reopened.appendLabels("seq", [{ id: "b", label: 2, timestamp: 6 }]);
    expect((await states(reopened)).map((s) => s.seq)).toEqual([0, 1, 0]);
    await reopened.close();
  });
});
