import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
});
