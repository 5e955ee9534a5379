import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveModel } from "../endpoint/serve-model.js";
import { useTestServer } from "../http/test-server.test-support.js";

const T0 = Date.UTC(2026, 10, 1);
let clock = T0 + 6 * 3_600_000;
const api = useTestServer({ now: () => clock });
const WINDOW = `from=${new Date(T0).toISOString()}&to=${new Date(T0 + 3_600_000).toISOString()}`;
const PLANS = ["basic", "plus", "gold"];

/** 200 predictions in the first hour; every other one labelled; the last 60 are all `gold`, 10% of the reference. */
const records = Array.from({ length: 200 }, (_, i) => {
  const age = 20 + ((i * 7) % 50);
  const score = Math.round((((i * 37) % 100) / 100) * 1000) / 1000;
  const prediction = score >= 0.5 ? "yes" : "no";
  return {
    id: `r${String(i).padStart(3, "0")}`,
    version: "v1",
    timestamp: T0 + i * 10_000,
    features: { age, plan: i >= 140 ? "gold" : PLANS[i % 2]! },
    segment: { channel: i % 4 === 0 ? "partner" : "web" },
    prediction,
    score,
    ...(i % 2 === 0 ? { label: i % 3 === 0 ? "yes" : "no" } : {}),
  };
});

/** v2's endpoint: yes above 45 years. */
const v2 = (age: number) => (age > 45 ? 0.8 : 0.2);
let endpoint: { url: string; close(): Promise<void> };

async function download(path: string, key?: string | null) {
  const response = await fetch(`${api.url()}${path}`, {
    headers: key === null ? {} : { authorization: `Bearer ${key ?? "test-admin-key-0123456789"}` },
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: bytes.toString("utf8") };
}

const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const csvRows = (text: string) => text.trim().split("\n").slice(1);
const csvIds = (text: string) => csvRows(text).map((line) => line.split(",")[0]!);

beforeAll(async () => {
  endpoint = await serveModel((instances) => instances.map((x) => ({ score: v2(Number(x.age)) })));
  await api.call("POST", "/api/v1/models", {
    body: {
      name: "ret",
      task: "binary",
      positiveLabel: "yes",
      features: [
        { name: "age", kind: "numerical" },
        { name: "plan", kind: "categorical" },
      ],
      segments: ["channel"],
    },
  });
  await api.call("POST", "/api/v1/models/ret/versions", { body: { version: "v1" } });
  await api.call("POST", "/api/v1/models/ret/versions", { body: { version: "v2", endpoint: endpoint.url } });
  const reference = Array.from({ length: 300 }, (_, i) => ({
    age: 20 + ((i * 7) % 50),
    plan: i % 10 === 0 ? "gold" : PLANS[i % 2]!,
    prediction: "no",
    label: "no",
  }));
  expect(
    (await api.call("PUT", "/api/v1/models/ret/versions/v1/reference", { body: reference })).status,
  ).toBe(200);
  expect(
    (await api.call("POST", "/api/v1/models/ret/predictions", { body: { records } })).body.accepted,
  ).toBe(200);
  await api.call("POST", "/api/v1/models/ret/feedback", {
    body: {
      records: [
        { id: "r000", kind: "thumbs", value: "up" },
        { id: "r000", kind: "rating", value: 4 },
        { id: "r000", kind: "rating", value: 5 },
        { id: "r001", kind: "correction", value: "yes" },
        { id: "r001", kind: "comment", value: 'wrong, "obviously"' },
      ],
    },
  });
});

afterAll(async () => {
  await endpoint.close();
});

describe("export", () => {
  it("streams every row as CSV in time order, with a manifest whose hash and count match the body", async () => {
    const answer = await download(`/api/v1/models/ret/export?${WINDOW}&format=csv`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toContain("text/csv");
    const manifest = JSON.parse(answer.headers.get("x-telltale-manifest")!);
    expect(manifest).toMatchObject({ model: "ret", rows: 200, format: "csv", sha256: sha(answer.bytes) });
    expect(manifest.bytes).toBe(answer.bytes.length);
    expect(answer.headers.get("x-telltale-rows")).toBe("200");
    expect(manifest.schema.map((c: { name: string }) => c.name)).toEqual([
      "id",
      "version",
      "timestamp",
      "prediction",
      "score",
      "label",
      "label_timestamp",
      "age",
      "plan",
      "segment.channel",
      "feedback_count",
      "feedback_thumbs_up",
      "feedback_thumbs_down",
      "feedback_rating_mean",
      "feedback_correction",
      "feedback_comment",
    ]);
    expect(csvIds(answer.text)).toEqual(records.map((r) => r.id));
    const [first, second] = csvRows(answer.text);
    expect(first).toBe(
      `r000,v1,2026-11-01 00:00:00,no,0.0,yes,2026-11-01 06:00:00,20.0,basic,partner,3,1,0,4.5,,`,
    );
    expect(second).toBe(
      `r001,v1,2026-11-01 00:00:10,no,0.37,,,27.0,plus,web,2,0,0,,yes,"wrong, ""obviously"""`,
    );
  });

  it("writes Parquet that DuckDB reads back with the stored values and types", async () => {
    const answer = await download(`/api/v1/models/ret/export?${WINDOW}&labelled=true`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("application/vnd.apache.parquet");
    expect(answer.headers.get("x-telltale-sha256")).toBe(sha(answer.bytes));
    const path = join(mkdtempSync(join(tmpdir(), "telltale-export-")), "rows.parquet");
    writeFileSync(path, answer.bytes);
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    const read = await connection.runAndReadAll(
      `SELECT id, prediction, score, label, age, plan, "segment.channel" AS channel FROM read_parquet($path) ORDER BY id`,
      { path },
    );
    const labelled = records.filter((r) => "label" in r);
    expect(read.getRowObjectsJS()).toEqual(
      labelled.map((r) => ({
        id: r.id,
        prediction: r.prediction,
        score: r.score,
        label: r.label,
        age: r.features.age,
        plan: r.features.plan,
        channel: r.segment.channel,
      })),
    );
    const types = await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet($path)`, { path });
    const typeOf = Object.fromEntries(types.getRows().map((r) => [String(r[0]), String(r[1])]));
    expect(typeOf).toMatchObject({
      timestamp: "TIMESTAMP",
      age: "DOUBLE",
      plan: "VARCHAR",
      feedback_count: "BIGINT",
    });
    connection.closeSync();
  });

  it("writes JSON lines", async () => {
    const answer = await download(`/api/v1/models/ret/export?${WINDOW}&format=jsonl&segment=channel:partner`);
    const lines = answer.text
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(50);
    expect(lines[0]).toMatchObject({
      id: "r000",
      age: 20,
      "segment.channel": "partner",
      feedback_rating_mean: 4.5,
    });
  });

  it("samples uniformly with a seed, the same rows for the same seed", async () => {
    const ids = async (seed: number) =>
      csvIds((await download(`/api/v1/models/ret/export?${WINDOW}&format=csv&sample=20&seed=${seed}`)).text);
    const a = await ids(1);
    expect(a).toHaveLength(20);
    expect(new Set(a).size).toBe(20);
    expect(await ids(1)).toEqual(a);
    expect(await ids(2)).not.toEqual(a);
  });

  it("picks the scores closest to the threshold for `uncertain`", async () => {
    const answer = await download(
      `/api/v1/models/ret/export?${WINDOW}&format=csv&sample=8&strategy=uncertain&threshold=0.3`,
    );
    const expected = [...records]
      .sort((x, y) => Math.abs(x.score - 0.3) - Math.abs(y.score - 0.3) || (x.id < y.id ? -1 : 1))
      .slice(0, 8)
      .map((r) => r.id);
    expect(csvIds(answer.text)).toEqual(expected);
  });

  it("takes strata in turn when stratified", async () => {
    const answer = await download(
      `/api/v1/models/ret/export?${WINDOW}&format=jsonl&sample=10&labelled=true&stratify=label`,
    );
    const labels = answer.text
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).label);
    expect(labels.filter((l) => l === "yes")).toHaveLength(5);
    expect(labels.filter((l) => l === "no")).toHaveLength(5);
    const numerical = await api.call("GET", `/api/v1/models/ret/export?${WINDOW}&stratify=age`);
    expect(numerical.status).toBe(400);
    expect(numerical.body.error.message).toContain("numerical");
  });

  it("exports the most drifted slice's rows for `drifted`", async () => {
    const answer = await download(
      `/api/v1/models/ret/export?${WINDOW}&format=jsonl&strategy=drifted&sample=30`,
    );
    expect(answer.status).toBe(200);
    const manifest = JSON.parse(answer.headers.get("x-telltale-manifest")!);
    expect(manifest.selection.slice.conditions).toEqual([
      { feature: "plan", kind: "category", value: "gold" },
    ]);
    const rows = answer.text
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(30);
    expect(rows.every((r) => r.plan === "gold")).toBe(true);
  });

  it("exports the rows where another version's endpoint disagrees for `disagreement`", async () => {
    const answer = await download(
      `/api/v1/models/ret/export?${WINDOW}&format=jsonl&strategy=disagreement&against=v2&sample=500`,
    );
    expect(answer.status).toBe(200);
    const rows = answer.text
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const expected = records.filter((r) => (v2(r.features.age) >= 0.5 ? "yes" : "no") !== r.prediction);
    expect(rows.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
    // Widest probability gap first.
    const gaps = rows.map((r) => Math.abs(r.score - v2(r.age)));
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    const noEndpoint = await api.call(
      "GET",
      `/api/v1/models/ret/export?${WINDOW}&strategy=disagreement&against=v1`,
    );
    expect(noEndpoint.status).toBe(409);
  });

  it("serves a signed link without a key until it expires, and refuses it altered", async () => {
    const link = await api.call("POST", "/api/v1/models/ret/export-links", {
      body: { query: { from: T0, to: T0 + 3_600_000, format: "csv", labelled: true }, expiresIn: "1h" },
    });
    expect(link.status).toBe(201);
    const path = link.body.url.slice(api.url().length);
    expect(link.body.expiresAt).toBe(new Date(clock + 3_600_000).toISOString());
    const signed = await download(path, null);
    expect(signed.status).toBe(200);
    expect(csvIds(signed.text)).toHaveLength(100);
    const tampered = await download(path.replace("labelled=true", "labelled=false"), null);
    expect(tampered.status).toBe(403);
    expect(JSON.parse(tampered.text).error.code).toBe("TELLTALE_BAD_SIGNATURE");
    expect((await download(`/api/v1/models/ret/export?${WINDOW}`, null)).status).toBe(401);
    clock += 3_600_000;
    const expired = await download(path, null);
    expect(expired.status).toBe(403);
    expect(JSON.parse(expired.text).error.code).toBe("TELLTALE_URL_EXPIRED");
    clock -= 3_600_000;
    const bad = await api.call("POST", "/api/v1/models/ret/export-links", {
      body: { query: { format: "xlsx" } },
    });
    expect(bad.status).toBe(400);
  });

  it("ranks a multiclass model's rows by the margin between its two likeliest classes for `uncertain`", async () => {
    await api.call("POST", "/api/v1/models", { body: { name: "multi", task: "multiclass" } });
    await api.call("POST", "/api/v1/models/multi/versions", { body: { version: "v1" } });
    const margins = [0.5, 0.05, 0.3, 0.0, 0.2];
    const rows = margins.map((m, i) => {
      const top = (1 + m) / 2 - 0.05;
      return {
        id: `m${i}`,
        version: "v1",
        timestamp: T0 + i,
        features: { x: i },
        prediction: "a",
        score: { a: top, b: top - m, c: 1 - top - (top - m) },
      };
    });
    await api.call("POST", "/api/v1/models/multi/predictions", { body: { records: rows } });
    const answer = await download(
      `/api/v1/models/multi/export?${WINDOW}&format=jsonl&strategy=uncertain&sample=3`,
    );
    const ids = answer.text
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).id);
    expect(ids).toEqual(["m3", "m1", "m4"]);
    expect(JSON.parse(answer.text.split("\n")[0]!)).toHaveProperty(["score.a"]);
    await api.call("POST", "/api/v1/models", { body: { name: "unscored", task: "multiclass" } });
    const unscored = await api.call("GET", `/api/v1/models/unscored/export?${WINDOW}&strategy=uncertain`);
    expect(unscored.status).toBe(400);
  });

  it("answers an empty export when nothing is chosen, and keeps a wide model's schema out of the header", async () => {
    const later = `from=${new Date(T0 + 5 * 3_600_000).toISOString()}&to=${new Date(T0 + 6 * 3_600_000).toISOString()}`;
    const none = await download(
      `/api/v1/models/ret/export?${later}&format=jsonl&strategy=disagreement&against=v2`,
    );
    expect(none.status).toBe(200);
    expect(none.headers.get("x-telltale-rows")).toBe("0");
    const features = Array.from({ length: 400 }, (_, i) => ({
      name: `a_rather_long_feature_name_${i}`,
      kind: "numerical",
    }));
    await api.call("POST", "/api/v1/models", { body: { name: "wide", task: "regression", features } });
    await api.call("POST", "/api/v1/models/wide/versions", { body: { version: "v1" } });
    await api.call("POST", "/api/v1/models/wide/predictions", {
      body: {
        records: [
          {
            id: "w",
            version: "v1",
            timestamp: T0,
            prediction: 1,
            features: { a_rather_long_feature_name_0: 2 },
          },
        ],
      },
    });
    const wide = await download(`/api/v1/models/wide/export?${WINDOW}&format=csv`);
    expect(wide.status).toBe(200);
    const manifest = JSON.parse(wide.headers.get("x-telltale-manifest")!);
    expect(manifest).toMatchObject({ rows: 1, schema: null, sha256: sha(wide.bytes) });
    expect(manifest.schemaOmitted).toContain("/api/v1/models/wide/export/schema");
    const schema = await api.call("GET", "/api/v1/models/wide/export/schema");
    expect(schema.body.columns).toHaveLength(wide.text.split("\n")[0]!.split(",").length);
    expect(schema.body.columns[6]).toEqual({ name: "a_rather_long_feature_name_0", type: "DOUBLE" });
  });
});
