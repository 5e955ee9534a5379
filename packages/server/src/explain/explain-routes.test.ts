import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mulberry32 } from "../demo/mulberry32.js";
import { serveModel } from "../endpoint/serve-model.js";
import { useTestServer } from "../http/test-server.test-support.js";

const api = useTestServer({
  config: {
    port: 0,
    host: "127.0.0.1",
    dataDir: "unused",
    adminKey: "test-admin-key-0123456789",
    logLevel: "silent",
    endpointTimeoutMs: 500,
  },
});
const T0 = Date.UTC(2026, 10, 1);
const HOUR = 3_600_000;
const WEIGHTS = { a: 2, b: -1, c: 0.3, d: 0 };

type Row = { a: number; b: number; c: string; d: number };

/** The model behind the endpoint and the logged attributions: logit = 2a − b ± 0.3 (c = u / v); d is ignored. */
const logit = (r: Row) => WEIGHTS.a * r.a + WEIGHTS.b * r.b + (r.c === "u" ? WEIGHTS.c : -WEIGHTS.c);
const score = (r: Row) => 1 / (1 + Math.exp(-logit(r)));
/** Exact SHAP of the logit for balanced c and zero-mean a, b: each term minus its mean. */
const attributions = (r: Row) => ({
  a: WEIGHTS.a * r.a,
  b: WEIGHTS.b * r.b,
  c: r.c === "u" ? WEIGHTS.c : -WEIGHTS.c,
  d: 0,
});

/** A deterministic spread of values in [-1, 1]: the golden ratio's multiples mod 1. */
const spread = (i: number, k: number) => (((i * 0.6180339887 + k * 0.4142135623) % 1) * 2 - 1) * 1;

function rowOf(i: number, scaleB = 1): Row {
  return { a: spread(i, 1), b: scaleB * spread(i, 2), c: i % 2 === 0 ? "u" : "v", d: spread(i, 3) };
}

let endpoint: { url: string; close(): Promise<void> };
let stalled: Server;
let stalledUrl: string;

beforeAll(async () => {
  endpoint = await serveModel((instances) =>
    instances.map((x) => {
      const s = score(x as unknown as Row);
      return { score: s, prediction: s >= 0.5 ? "1" : "0" };
    }),
  );
  // Accepts the request and never answers.
  stalled = createServer(() => undefined);
  await new Promise<void>((resolve) => stalled.listen(0, "127.0.0.1", resolve));
  stalledUrl = `http://127.0.0.1:${(stalled.address() as AddressInfo).port}/predict`;

  await api.call("POST", "/api/v1/models", {
    body: {
      name: "why",
      task: "binary",
      positiveLabel: "1",
      features: [
        { name: "a", kind: "numerical" },
        { name: "b", kind: "numerical" },
        { name: "c", kind: "categorical" },
        { name: "d", kind: "numerical" },
      ],
      segments: ["channel"],
    },
  });
  await api.call("POST", "/api/v1/models/why/versions", { body: { version: "v1", endpoint: endpoint.url } });
  const reference = Array.from({ length: 400 }, (_, i) => {
    const r = rowOf(i + 10_000);
    const s = score(r);
    return {
      ...r,
      label: s >= 0.5 ? "1" : "0",
      prediction: s >= 0.5 ? "1" : "0",
      score: s,
      ...Object.fromEntries(Object.entries(attributions(r)).map(([f, v]) => [`attribution.${f}`, v])),
    };
  });
  const put = await api.call("PUT", "/api/v1/models/why/versions/v1/reference", { body: reference });
  expect(put.status).toBe(200);
  // Hour 0: like the reference. Hour 1: b's spread tripled, so b outranks a. Partner's labels are wrong half the time.
  const records = [];
  const random = mulberry32(3);
  for (let hour = 0; hour < 2; hour++) {
    for (let i = 0; i < 600; i++) {
      const r = rowOf(i + hour * 1000, hour === 1 ? 3 : 1);
      const s = score(r);
      const channel = ["web", "mobile", "partner"][i % 3]!;
      const prediction = s >= 0.5 ? "1" : "0";
      const wrong = channel === "partner" && random() < 0.5;
      records.push({
        id: `h${hour}-${i}`,
        version: "v1",
        timestamp: T0 + hour * HOUR + i * 1000,
        features: r,
        prediction,
        score: s,
        label: wrong ? (prediction === "1" ? "0" : "1") : prediction,
        segment: { channel },
        attributions: attributions(r),
      });
    }
  }
  const ingest = await api.call("POST", "/api/v1/models/why/predictions", { body: { records } });
  expect(ingest.body.accepted).toBe(1200);
});

afterAll(async () => {
  await endpoint.close();
  stalled.closeAllConnections();
  await new Promise((resolve) => stalled.close(resolve));
});

const hour = (h: number) =>
  `from=${new Date(T0 + h * HOUR).toISOString()}&to=${new Date(T0 + (h + 1) * HOUR).toISOString()}`;

describe("GET /models/:model/explain", () => {
  it("ranks logged importance against the reference's and keeps NDCG at 1 when nothing shifted", async () => {
    const answer = await api.call("GET", `/api/v1/models/why/explain?${hour(0)}&method=logged`);
    expect(answer.status).toBe(200);
    const body = answer.body;
    expect(body).toMatchObject({
      method: "logged",
      baseline: "reference",
      explainedVersion: "v1",
      rows: 600,
    });
    expect(body.importance.map((r: { feature: string }) => r.feature)).toEqual(["a", "b", "c", "d"]);
    const a = body.importance[0];
    // mean |2a| over the hour's rows, by hand.
    const expected =
      Array.from({ length: 600 }, (_, i) => Math.abs(2 * rowOf(i).a)).reduce((s, v) => s + v) / 600;
    expect(a.importance).toBeCloseTo(expected, 12);
    expect(a.baselineRank).toBe(1);
    expect(body.ndcg).toBeCloseTo(1, 12);
    expect(body.attributionDrift).toBe(false);
    expect(body.driftImpact).toHaveLength(4);
  });

  it("flags attribution drift when another feature takes the lead", async () => {
    const answer = await api.call("GET", `/api/v1/models/why/explain?${hour(1)}&method=logged`);
    expect(answer.body.importance[0].feature).toBe("b");
    expect(answer.body.ndcg).toBeLessThan(0.9);
    expect(answer.body.attributionDrift).toBe(true);
    // b drifted (its spread tripled) and matters: it explains the change first.
    expect(answer.body.driftImpact[0]).toMatchObject({ feature: "b", drifted: true });
  });

  it("serves attribution.ndcg and importance.<feature> as time series", async () => {
    const answer = await api.call(
      "GET",
      `/api/v1/models/why/timeseries?metrics=attribution.ndcg,importance.b&interval=1h&from=${new Date(T0).toISOString()}&to=${new Date(T0 + 2 * HOUR).toISOString()}`,
    );
    expect(answer.status).toBe(200);
    const [ndcg, b] = answer.body.series;
    expect(ndcg.points[0].value).toBeCloseTo(1, 12);
    expect(ndcg.points[1].value).toBeLessThan(0.9);
    expect(b.points[1].value).toBeGreaterThan(2 * b.points[0].value);
  });

  it("serves estimated.* (CBPE) with its band and multivariate.* as time series, and monitors accept them", async () => {
    const metrics = [
      "accuracy",
      "estimated.accuracy",
      "estimated.accuracy.lower",
      "estimated.accuracy.upper",
      "multivariate.reconstruction",
      "multivariate.reconstruction.upper",
      "multivariate.auc",
    ];
    const answer = await api.call(
      "GET",
      `/api/v1/models/why/timeseries?metrics=${metrics.join(",")}&interval=1h&from=${new Date(T0).toISOString()}&to=${new Date(T0 + 2 * HOUR).toISOString()}`,
    );
    expect(answer.status).toBe(200);
    const [, estimate, lower, upper, error, bound, auc] = answer.body.series.map(
      (s: { points: { value: number }[] }) => s.points.map((p) => p.value),
    );
    for (const h of [0, 1]) {
      expect(lower[h]).toBeLessThanOrEqual(estimate[h]);
      expect(upper[h]).toBeGreaterThanOrEqual(estimate[h]);
    }
    // Hour 0 is drawn like the reference; hour 1 triples b's spread, which both detectors see.
    expect(error[0]).toBeLessThan(bound[0]);
    expect(error[1]).toBeGreaterThan(bound[1]);
    expect(auc[0]).toBeLessThan(0.65);
    expect(auc[1]).toBeGreaterThan(0.65);
    const monitor = await api.call("POST", "/api/v1/models/why/monitors", {
      body: {
        name: "Estimated accuracy",
        metric: "estimated.accuracy",
        window: "1h",
        every: "1m",
        condition: { type: "threshold", op: "<", value: 0.8 },
      },
    });
    expect(monitor.status).toBe(201);
  });

  it("computes prediction-change and permutation importance through the endpoint; an ignored feature gets 0", async () => {
    for (const method of ["prediction-change", "permutation"]) {
      const answer = await api.call(
        "GET",
        `/api/v1/models/why/explain?${hour(0)}&method=${method}&sample=200`,
      );
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      const byFeature = Object.fromEntries(
        answer.body.importance.map((r: { feature: string; importance: number }) => [r.feature, r.importance]),
      );
      expect(byFeature.d).toBe(0);
      expect(byFeature.a).toBeGreaterThan(byFeature.c);
      expect(answer.body.sampled).toBe(200);
      expect(answer.body.evaluations).toBeGreaterThan(0);
    }
  });

  it("answers 422 for logged importance when nothing was logged, naming the alternatives", async () => {
    const answer = await api.call(
      "GET",
      `/api/v1/models/why/explain?from=${new Date(T0 + 5 * HOUR).toISOString()}&to=${new Date(T0 + 6 * HOUR).toISOString()}&method=logged`,
    );
    expect(answer.status).toBe(422);
  });
});

describe("GET /models/:model/predictions/:id/explanation", () => {
  it("gives Kernel SHAP values that sum to output − expected value, with 0 for the ignored feature", async () => {
    const answer = await api.call("GET", "/api/v1/models/why/predictions/h0-7/explanation?background=20");
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const body = answer.body;
    expect(body).toMatchObject({
      id: "h0-7",
      version: "v1",
      method: "kernel-shap",
      exact: true,
      background: 20,
    });
    expect(Math.abs(body.sum - (body.output - body.expectedValue))).toBeLessThan(1e-6);
    expect(body.output).toBeCloseTo(score(rowOf(7)), 12);
    const d = body.attributions.find((x: { feature: string }) => x.feature === "d");
    expect(Math.abs(d.attribution)).toBeLessThan(1e-12);
  });

  it("answers 404 for an unknown prediction", async () => {
    const answer = await api.call("GET", "/api/v1/models/why/predictions/nope/explanation");
    expect(answer.status).toBe(404);
  });
});

describe("a model endpoint that fails", () => {
  it("answers 409 without an endpoint, 502 when it is down and 504 when it hangs, without hanging itself", async () => {
    const patch = (endpointUrl: string | null) =>
      api.call("PATCH", "/api/v1/models/why/versions/v1", { body: { endpoint: endpointUrl } });
    const explain = () => api.call("GET", "/api/v1/models/why/predictions/h0-1/explanation?background=5");
    try {
      await patch(null);
      const none = await explain();
      expect(none.status).toBe(409);
      expect(none.body.error.code).toBe("TELLTALE_NO_ENDPOINT");

      await patch("http://127.0.0.1:9/predict");
      const down = await explain();
      expect(down.status).toBe(502);
      expect(down.body.error.code).toBe("TELLTALE_ENDPOINT_UNREACHABLE");

      await patch(stalledUrl);
      const hung = await explain();
      expect(hung.status).toBe(504);
      expect(hung.body.error.code).toBe("TELLTALE_ENDPOINT_TIMEOUT");

      const garbage = await serveModel(() => ["not", "numbers"]);
      try {
        await patch(garbage.url);
        const bad = await explain();
        expect(bad.status).toBe(502);
        expect(bad.body.error.code).toBe("TELLTALE_ENDPOINT_BAD_RESPONSE");
      } finally {
        await garbage.close();
      }
    } finally {
      await patch(endpoint.url);
    }
  });
});

describe("GET /models/:model/slices", () => {
  it("puts the failing channel on top with a significant adjusted p-value", async () => {
    const answer = await api.call("GET", `/api/v1/models/why/slices?${hour(0)}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const top = answer.body.slices[0];
    expect(top.label).toBe("channel = partner");
    expect(top).toMatchObject({ size: 200, significant: true });
    expect(top.rest).toBeCloseTo(1, 12);
    expect(top.value).toBeLessThan(0.65);
    expect(top.adjustedPValue).toBeLessThan(1e-6);
    expect(answer.body).toMatchObject({ metric: "accuracy", rows: 600 });
  });

  it("finds the slice whose share grew for metric=drift and refuses accuracy for regression", async () => {
    const drift = await api.call("GET", `/api/v1/models/why/slices?${hour(1)}&metric=drift`);
    expect(drift.status, JSON.stringify(drift.body)).toBe(200);
    expect(drift.body.slices[0].conditions[0].feature).toBe("b");
    await api.call("POST", "/api/v1/models", { body: { name: "reg", task: "regression" } });
    const refused = await api.call("GET", `/api/v1/models/reg/slices?${hour(0)}&metric=accuracy`);
    expect(refused.status).toBe(400);
  });
});
