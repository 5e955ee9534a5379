import { describe, expect, it } from "vitest";
import { useTestServer } from "../test-server.test-support.js";

const api = useTestServer();

async function model(name: string, task = "binary", extra: Record<string, unknown> = {}) {
  await api.call("POST", "/api/v1/models", { body: { name, task, ...extra } });
  await api.call("POST", `/api/v1/models/${name}/versions`, { body: { version: "v1" } });
}

const record = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  version: "v1",
  features: { age: 30, plan: "a" },
  prediction: 1,
  score: 0.7,
  ...extra,
});

describe("prediction ingest", () => {
  it("stores valid records, lists each invalid one with its reason, and counts duplicates", async () => {
    await model("ing", "binary", { positiveLabel: "1" });
    const body = JSON.stringify({
      records: [
        record("r1"),
        record("r2", {
          timestamp: "2026-01-02T03:04:05Z",
          segment: { channel: "web" },
          attributions: { age: 0.2 },
        }),
        record("r1"),
        { version: "v1", features: {}, prediction: 1 },
        record("r4", { version: "v9" }),
        record("r5", { features: { age: "old" } }),
        record("r6", { score: 1.5 }),
        record("r7", { features: { age: "INFINITY" } }),
        record("r8", { prediction: null }),
        record("r9", { timestamp: "yesterday" }),
        record("r10", { score: { "0": 0.2, "1": 0.8 } }),
        "not an object",
      ],
    }).replace('"INFINITY"', "1e999");
    const answer = await api.call("POST", "/api/v1/models/ing/predictions", { body });
    expect(answer.status).toBe(200);
    expect(answer.body.accepted).toBe(3);
    expect(answer.body.duplicates).toBe(1);
    const codes = Object.fromEntries(
      answer.body.rejected.map((r: { index: number; code: string }) => [r.index, r.code]),
    );
    expect(codes).toEqual({
      3: "TELLTALE_MISSING_ID",
      4: "TELLTALE_UNKNOWN_VERSION",
      5: "TELLTALE_WRONG_TYPE",
      6: "TELLTALE_BAD_SCORE",
      7: "TELLTALE_NOT_FINITE",
      8: "TELLTALE_MISSING_PREDICTION",
      9: "TELLTALE_BAD_TIMESTAMP",
      11: "TELLTALE_BAD_RECORD",
    });
    expect(answer.body.rejected.find((r: { index: number }) => r.index === 5).message).toContain("age");

    const stored = await api.call("GET", "/api/v1/models/ing/predictions/r2");
    expect(stored.body).toMatchObject({
      id: "r2",
      version: "v1",
      timestamp: "2026-01-02T03:04:05.000Z",
      prediction: "1",
      score: 0.7,
      label: null,
      features: { age: 30, plan: "a" },
      segment: { channel: "web" },
      attributions: { age: 0.2 },
    });
    expect((await api.call("GET", "/api/v1/models/ing/predictions/r10")).body.score).toBe(0.8);
    expect((await api.call("GET", "/api/v1/models/ing/predictions/zz")).status).toBe(404);
  });

  it("is idempotent when a client retries a whole batch", async () => {
    await model("retry");
    const batch = { records: Array.from({ length: 50 }, (_, i) => record(`id-${i}`)) };
    const first = await api.call("POST", "/api/v1/models/retry/predictions", { body: batch });
    const second = await api.call("POST", "/api/v1/models/retry/predictions", { body: batch });
    expect(first.body).toMatchObject({ accepted: 50, duplicates: 0 });
    expect(second.body).toMatchObject({ accepted: 0, duplicates: 50 });
    // Concurrent retries of the same batch: exactly one copy is stored.
    const concurrent = { records: Array.from({ length: 50 }, (_, i) => record(`c-${i}`)) };
    const answers = await Promise.all(
      [0, 1, 2, 3].map(() => api.call("POST", "/api/v1/models/retry/predictions", { body: concurrent })),
    );
    expect(answers.reduce((sum, a) => sum + a.body.accepted, 0)).toBe(50);
    expect(answers.reduce((sum, a) => sum + a.body.duplicates, 0)).toBe(150);
  });

  it("accepts JSON Lines and rejects a malformed line as a whole", async () => {
    await model("lines");
    const body = `${JSON.stringify(record("l1"))}\n\n${JSON.stringify(record("l2"))}\n`;
    const answer = await api.call("POST", "/api/v1/models/lines/predictions", {
      body,
      type: "application/x-ndjson",
    });
    expect(answer.body).toMatchObject({ accepted: 2, duplicates: 0, rejected: [] });
    const broken = await api.call("POST", "/api/v1/models/lines/predictions", {
      body: `${JSON.stringify(record("l3"))}\n{oops\n`,
      type: "application/x-ndjson",
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toContain("line 2");
    expect((await api.call("GET", "/api/v1/models/lines/predictions/l3")).status).toBe(404);
  });

  it("rejects malformed bodies, too many records and bodies over 16 MB as a whole", async () => {
    await model("limits");
    const path = "/api/v1/models/limits/predictions";
    expect((await api.call("POST", path, { body: "{not json" })).status).toBe(400);
    expect((await api.call("POST", path, { body: { rows: [] } })).status).toBe(400);
    expect((await api.call("POST", path, { body: [record("x")] })).status).toBe(400);
    expect((await api.call("POST", path, { body: "a,b", type: "text/plain" })).status).toBe(415);
    const many = { records: Array.from({ length: 10_001 }, (_, i) => ({ id: String(i) })) };
    const tooMany = await api.call("POST", path, { body: many });
    expect(tooMany.status).toBe(413);
    const huge = JSON.stringify({
      records: [record("big", { features: { blob: "x".repeat(17 * 1024 * 1024) } })],
    });
    const tooBig = await api.call("POST", path, { body: huge });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error.code).toBe("TELLTALE_PAYLOAD_TOO_LARGE");
  });

  it("grows the schema with new features and reports them", async () => {
    await model("grow", "binary", { features: [{ name: "age", kind: "numerical" }] });
    const answer = await api.call("POST", "/api/v1/models/grow/predictions", {
      body: { records: [record("g1", { features: { age: 1, city: "Oslo", vip: true } })] },
    });
    expect(answer.body.newFeatures).toEqual(["city", "vip"]);
    const features = (await api.call("GET", "/api/v1/models/grow")).body.features;
    expect(features).toEqual([
      { name: "age", kind: "numerical" },
      { name: "city", kind: "categorical" },
      { name: "vip", kind: "categorical" },
    ]);
    const later = await api.call("POST", "/api/v1/models/grow/predictions", {
      body: { records: [record("g2", { features: { age: 2, city: 7 } })] },
    });
    expect(later.body).toMatchObject({ accepted: 1, rejected: [] });
    expect((await api.call("GET", "/api/v1/models/grow/predictions/g2")).body.features.city).toBe("7");
  });

  it("checks regression and multiclass records by task", async () => {
    await model("reg", "regression");
    const reg = await api.call("POST", "/api/v1/models/reg/predictions", {
      body: {
        records: [
          record("a", { prediction: 2.5, score: undefined, label: 3 }),
          record("b", { prediction: "high", score: undefined }),
        ],
      },
    });
    expect(reg.body.accepted).toBe(1);
    expect(reg.body.rejected[0]).toMatchObject({ index: 1, code: "TELLTALE_WRONG_TYPE" });
    await model("multi", "multiclass");
    const multi = await api.call("POST", "/api/v1/models/multi/predictions", {
      body: {
        records: [
          record("a", { prediction: "cat", score: { cat: 0.7, dog: 0.2, fox: 0.1 } }),
          record("b", { prediction: "dog", score: 0.4 }),
        ],
      },
    });
    expect(multi.body.accepted).toBe(1);
    expect(multi.body.rejected[0]).toMatchObject({ index: 1, code: "TELLTALE_BAD_SCORE" });
    expect((await api.call("GET", "/api/v1/models/multi/predictions/a")).body.score).toEqual({
      cat: 0.7,
      dog: 0.2,
      fox: 0.1,
    });
  });
});

describe("labels", () => {
  it("joins labels in either order, and a later label replaces the earlier one", async () => {
    await model("lab", "binary");
    await api.call("POST", "/api/v1/models/lab/predictions", {
      body: { records: [record("p1"), record("p2")] },
    });
    const first = await api.call("POST", "/api/v1/models/lab/labels", {
      body: {
        records: [
          { id: "p1", label: 0 },
          { id: "early", label: 1, timestamp: 1_700_000_000_000 },
          { id: "p2", label: true },
          { label: 1 },
          { id: "p2", label: { bad: 1 } },
        ],
      },
    });
    expect(first.body.matched).toBe(2);
    expect(first.body.pending).toBe(1);
    expect(first.body.rejected.map((r: { code: string }) => r.code)).toEqual([
      "TELLTALE_MISSING_ID",
      "TELLTALE_WRONG_TYPE",
    ]);
    expect((await api.call("GET", "/api/v1/models/lab/predictions/p1")).body.label).toBe("0");

    await api.call("POST", "/api/v1/models/lab/predictions", { body: { records: [record("early")] } });
    const early = await api.call("GET", "/api/v1/models/lab/predictions/early");
    expect(early.body.label).toBe("1");
    expect(early.body.labelTimestamp).toBe(new Date(1_700_000_000_000).toISOString());

    await api.call("POST", "/api/v1/models/lab/labels", { body: { records: [{ id: "p1", label: 1 }] } });
    expect((await api.call("GET", "/api/v1/models/lab/predictions/p1")).body.label).toBe("1");

    // A pending label replaced before its prediction arrives: the later one is joined.
    await api.call("POST", "/api/v1/models/lab/labels", { body: { records: [{ id: "late", label: 0 }] } });
    const again = await api.call("POST", "/api/v1/models/lab/labels", {
      body: { records: [{ id: "late", label: 1 }] },
    });
    expect(again.body).toMatchObject({ matched: 0, pending: 1 });
    await api.call("POST", "/api/v1/models/lab/predictions", { body: { records: [record("late")] } });
    expect((await api.call("GET", "/api/v1/models/lab/predictions/late")).body.label).toBe("1");
  });

  it("takes labels as JSON Lines, and numbers for regression", async () => {
    await model("reglab", "regression");
    await api.call("POST", "/api/v1/models/reglab/predictions", {
      body: { records: [record("a", { prediction: 1.5, score: undefined })] },
    });
    const answer = await api.call("POST", "/api/v1/models/reglab/labels", {
      body: '{"id":"a","label":2.25}\n{"id":"b","label":"high"}\n',
      type: "application/x-ndjson",
    });
    expect(answer.body).toMatchObject({ matched: 1, pending: 0 });
    expect(answer.body.rejected[0]).toMatchObject({ index: 1, id: "b", code: "TELLTALE_WRONG_TYPE" });
    expect((await api.call("GET", "/api/v1/models/reglab/predictions/a")).body.label).toBe(2.25);
  });
});
