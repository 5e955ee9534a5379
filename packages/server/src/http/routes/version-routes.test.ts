import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../test-server.test-support.js";

const api = useTestServer();

const CSV = "age,plan,label,prediction,score\n30,a,1,1,0.8\n40,b,0,0,0.3\n50,a,1,0,0.4\n";

async function parquetBytes(): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), "telltale-parquet-"));
  const path = join(dir, "ref.parquet");
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(
    `COPY (SELECT * FROM (VALUES (30, 'a', '1'), (41, 'b', '0')) t(age, plan, label)) TO '${path}' (FORMAT parquet)`,
  );
  connection.closeSync();
  instance.closeSync();
  const bytes = readFileSync(path);
  rmSync(dir, { recursive: true });
  return bytes;
}

describe("versions and references", () => {
  it("registers versions with their offline benchmark and rejects duplicates", async () => {
    await api.call("POST", "/api/v1/models", { body: { name: "ver", task: "binary" } });
    const created = await api.call("POST", "/api/v1/models/ver/versions", {
      body: {
        version: "1.0.0",
        description: "first",
        tags: ["lr"],
        metrics: { f1: 0.81, auc: 0.9 },
        endpoint: "http://scorer/v1",
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      version: "1.0.0",
      metrics: { f1: 0.81, auc: 0.9 },
      reference: null,
    });
    expect(
      (await api.call("POST", "/api/v1/models/ver/versions", { body: { version: "1.0.0" } })).status,
    ).toBe(409);
    expect(
      (await api.call("POST", "/api/v1/models/ver/versions", { body: { version: "bad version" } })).status,
    ).toBe(400);
    expect(
      (
        await api.call("POST", "/api/v1/models/ver/versions", {
          body: { version: "v", metrics: { f1: "x" } },
        })
      ).status,
    ).toBe(400);
    expect((await api.call("GET", "/api/v1/models/ver/versions")).body.versions).toHaveLength(1);
    expect((await api.call("GET", "/api/v1/models/ver/versions/1.0.0")).body.description).toBe("first");
    const missing = await api.call("GET", "/api/v1/models/ver/versions/9");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("TELLTALE_UNKNOWN_VERSION");
  });

  it("patches a version's endpoint, metrics and description, keeping what the patch leaves out", async () => {
    await api.call("POST", "/api/v1/models", { body: { name: "patched", task: "binary" } });
    await api.call("POST", "/api/v1/models/patched/versions", {
      body: { version: "v1", description: "first", metrics: { f1: 0.8 } },
    });
    const patched = await api.call("PATCH", "/api/v1/models/patched/versions/v1", {
      body: { endpoint: "http://127.0.0.1:9/predict", metrics: { f1: 0.82, accuracy: 0.9 } },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      description: "first",
      endpoint: "http://127.0.0.1:9/predict",
      metrics: { f1: 0.82, accuracy: 0.9 },
    });
    const read = await api.call("GET", "/api/v1/models/patched/versions/v1");
    expect(read.body.endpoint).toBe("http://127.0.0.1:9/predict");
    const cleared = await api.call("PATCH", "/api/v1/models/patched/versions/v1", {
      body: { endpoint: null },
    });
    expect(cleared.body.endpoint).toBeNull();
    for (const body of [{}, { endpoint: "not a url" }, { other: 1 }]) {
      const bad = await api.call("PATCH", "/api/v1/models/patched/versions/v1", { body });
      expect(bad.status).toBe(400);
    }
    expect(
      (await api.call("PATCH", "/api/v1/models/patched/versions/v9", { body: { tags: [] } })).status,
    ).toBe(404);
  });

  it("takes a reference as CSV, JSON Lines, Parquet or a JSON array, and infers the schema from it", async () => {
    await api.call("POST", "/api/v1/models", { body: { name: "refs", task: "binary" } });
    await api.call("POST", "/api/v1/models/refs/versions", { body: { version: "v1" } });
    const csv = await api.call("PUT", "/api/v1/models/refs/versions/v1/reference", {
      body: CSV,
      type: "text/csv",
    });
    expect(csv.status).toBe(200);
    expect(csv.body.reference).toMatchObject({
      rows: 3,
      columns: ["age", "plan", "label", "prediction", "score"],
    });
    expect(csv.body.newFeatures).toEqual(["age", "plan"]);
    const model = await api.call("GET", "/api/v1/models/refs");
    expect(model.body.features).toEqual([
      { name: "age", kind: "numerical" },
      { name: "plan", kind: "categorical" },
    ]);

    const lines = '{"age": 1, "plan": "a", "tenure": 3}\n{"age": 2, "plan": "b", "tenure": 4}\n';
    const jsonl = await api.call("PUT", "/api/v1/models/refs/versions/v1/reference", {
      body: lines,
      type: "application/x-ndjson",
    });
    expect(jsonl.status).toBe(200);
    expect(jsonl.body.reference.rows).toBe(2);
    expect(jsonl.body.newFeatures).toEqual(["tenure"]);

    const array = await api.call("PUT", "/api/v1/models/refs/versions/v1/reference", {
      body: [
        { age: 5, plan: "c" },
        { age: 6, plan: null },
        { age: 7, plan: "c" },
        { age: 8, plan: "d" },
      ],
    });
    expect(array.status).toBe(200);
    expect(array.body.reference.rows).toBe(4);

    const parquet = await api.call("PUT", "/api/v1/models/refs/versions/v1/reference", {
      body: await parquetBytes(),
      type: "application/vnd.apache.parquet",
    });
    expect(parquet.status).toBe(200);
    expect(parquet.body.reference.rows).toBe(2);
  });

  it("rejects bad reference bodies with 4xx, never 500", async () => {
    await api.call("POST", "/api/v1/models", { body: { name: "badref", task: "binary" } });
    await api.call("POST", "/api/v1/models/badref/versions", { body: { version: "v1" } });
    const path = "/api/v1/models/badref/versions/v1/reference";
    const cases: [unknown, string, number][] = [
      ["a,b\n", "text/plain", 415],
      [[], "application/json", 422],
      [{ rows: [] }, "application/json", 400],
      [[1, 2], "application/json", 400],
      ["not parquet at all", "application/vnd.apache.parquet", 400],
      ["{broken\n", "application/x-ndjson", 400],
      ["age,plan\n", "text/csv", 422],
    ];
    for (const [body, type, status] of cases) {
      const answer = await api.call("PUT", path, { body, type });
      expect(answer.status, `${type} ${JSON.stringify(body)}`).toBe(status);
      expect(answer.body.error.code).toMatch(/^TELLTALE_/);
    }
    expect(
      (await api.call("PUT", "/api/v1/models/badref/versions/v9/reference", { body: CSV, type: "text/csv" }))
        .status,
    ).toBe(404);
  });
});
