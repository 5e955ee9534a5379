import { describe, expect, it } from "vitest";
import { useTestServer } from "../test-server.test-support.js";

const api = useTestServer();
const HOUR = 3600_000;
const T0 = Date.UTC(2026, 9, 10);
const iso = (ms: number) => new Date(ms).toISOString();

/** `n` predictions in hour `hour`, of which `correct` are right; half carry segment channel=web. */
function hourOfRecords(hour: number, n: number, correct: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: `h${hour}-${i}`,
    version: "v1",
    timestamp: T0 + hour * HOUR + i * 1000,
    features: { age: 20 + (i % 40) },
    prediction: i % 2,
    score: i % 2 === 0 ? 0.2 : 0.8,
    label: i < correct ? i % 2 : 1 - (i % 2),
    segment: { channel: i % 2 === 0 ? "web" : "app" },
  }));
}

const monitor = (body: Record<string, unknown>) =>
  api.call("POST", "/api/v1/models/mon/monitors", { body: { name: "m", ...body } });

const evaluate = async (id: string, at: number) => {
  const answer = await api.call("POST", `/api/v1/models/mon/monitors/${id}/evaluate?at=${iso(at)}`);
  expect(answer.status).toBe(200);
  return answer.body;
};

describe("monitors", () => {
  it("set up", async () => {
    await api.call("POST", "/api/v1/models", {
      body: { name: "mon", task: "binary", positiveLabel: "1", segments: ["channel"] },
    });
    await api.call("POST", "/api/v1/models/mon/versions", {
      body: { version: "v1", metrics: { accuracy: 0.9 } },
    });
    await api.call("PUT", "/api/v1/models/mon/aliases/champion", { body: { version: "v1" } });
    const records = [...hourOfRecords(0, 200, 180), ...hourOfRecords(1, 200, 120)];
    const answer = await api.call("POST", "/api/v1/models/mon/predictions", { body: { records } });
    expect(answer.body.accepted).toBe(400);
  });

  it("creates with defaults, lists, reads, patches and deletes", async () => {
    const created = await monitor({
      metric: "accuracy",
      condition: { type: "threshold", op: "<", value: 0.8 },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: expect.stringMatching(/^mon_[0-9a-f]{12}$/),
      model: "mon",
      name: "m",
      window: "1h",
      every: "5m",
      for: "0m",
      keepFiringFor: "0m",
      minCount: 100,
      severity: "warning",
      noData: "ok",
      version: null,
      segment: null,
      channels: [],
      labels: {},
      enabled: true,
    });
    const id = created.body.id;
    expect(
      (await api.call("GET", "/api/v1/models/mon/monitors")).body.monitors.map((m: { id: string }) => m.id),
    ).toContain(id);
    const patched = await api.call("PATCH", `/api/v1/models/mon/monitors/${id}`, {
      body: { window: "2h", severity: "critical" },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ window: "2h", severity: "critical", metric: "accuracy" });
    expect((await api.call("GET", `/api/v1/models/mon/monitors/${id}`)).body.window).toBe("2h");
    expect((await api.call("DELETE", `/api/v1/models/mon/monitors/${id}`)).status).toBe(204);
    expect((await api.call("GET", `/api/v1/models/mon/monitors/${id}`)).status).toBe(404);
  });

  it("rejects what cannot be monitored, naming the field", async () => {
    const threshold = { type: "threshold", op: "<", value: 1 };
    const cases: [Record<string, unknown>, number, RegExp][] = [
      [{ metric: "nonsense", condition: threshold }, 422, /nonsense/],
      [{ metric: "drift.nope", condition: threshold }, 422, /nope/],
      [{ metric: "accuracy", condition: threshold, window: "5 minutes" }, 400, /window/],
      [{ metric: "accuracy", condition: threshold, every: "1s" }, 400, /every/],
      [{ metric: "accuracy", condition: { type: "threshold", op: "!=", value: 1 } }, 400, /op/],
      [{ metric: "accuracy", condition: { type: "outside", low: 2, high: 1 } }, 400, /low/],
      [{ metric: "accuracy", condition: threshold, version: "v9" }, 404, /v9/],
      [{ metric: "accuracy", condition: threshold, segment: "region:eu" }, 400, /region/],
      [{ metric: "accuracy", condition: { type: "anomaly", method: "mad", history: "2h" } }, 400, /history/],
      [{ metric: "accuracy", condition: threshold, surprise: 1 }, 400, /surprise/],
    ];
    for (const [body, status, message] of cases) {
      const answer = await monitor(body);
      expect(answer.status, JSON.stringify(body)).toBe(status);
      expect(JSON.stringify(answer.body.error), JSON.stringify(body)).toMatch(message);
    }
    const keyAnswer = await api.call("POST", "/api/v1/keys", { body: { name: "scorer", scope: "ingest" } });
    const asIngest = await api.call("GET", "/api/v1/models/mon/monitors", { key: keyAnswer.body.key });
    expect(asIngest.status).toBe(403);
  });

  it("evaluates thresholds, changes against the previous window and the benchmark, and too-small windows", async () => {
    const threshold = (
      await monitor({ metric: "accuracy", condition: { type: "threshold", op: "<", value: 0.8 } })
    ).body;
    expect(await evaluate(threshold.id, T0 + HOUR)).toMatchObject({
      at: iso(T0 + HOUR),
      from: iso(T0),
      value: 0.9,
      count: 200,
      status: "ok",
      compared: 0.8,
      reason: "accuracy 0.9 not < 0.8",
      version: null,
    });
    expect(await evaluate(threshold.id, T0 + 2 * HOUR)).toMatchObject({ value: 0.6, status: "breach" });

    const previous = (
      await monitor({
        metric: "accuracy",
        condition: { type: "change", vs: "previous", op: "<", percent: -20 },
      })
    ).body;
    expect(await evaluate(previous.id, T0 + 2 * HOUR)).toMatchObject({ status: "breach", compared: 0.9 });
    // The first hour has no previous window with rows.
    expect(await evaluate(previous.id, T0 + HOUR)).toMatchObject({ status: "nodata", value: 0.9 });

    const benchmark = (
      await monitor({
        metric: "accuracy",
        version: "champion",
        condition: { type: "change", vs: "reference", op: "<", percent: -10 },
      })
    ).body;
    expect(await evaluate(benchmark.id, T0 + 2 * HOUR)).toMatchObject({
      status: "breach",
      compared: 0.9,
      version: "v1",
    });
    expect(await evaluate(benchmark.id, T0 + HOUR)).toMatchObject({ status: "ok" });

    const big = (
      await monitor({
        metric: "accuracy",
        minCount: 500,
        condition: { type: "threshold", op: "<", value: 0.8 },
      })
    ).body;
    expect(await evaluate(big.id, T0 + 2 * HOUR)).toMatchObject({
      status: "insufficient",
      value: 0.6,
      count: 200,
    });

    const segment = (
      await monitor({
        metric: "count",
        segment: "channel:web",
        condition: { type: "threshold", op: "<", value: 150 },
      })
    ).body;
    expect(await evaluate(segment.id, T0 + HOUR)).toMatchObject({ value: 100, status: "breach" });
  });

  it("treats an empty window as zero predictions for count and as no data for other metrics", async () => {
    const silent = (await monitor({ metric: "count", condition: { type: "threshold", op: "<", value: 10 } }))
      .body;
    expect(await evaluate(silent.id, T0 + 10 * HOUR)).toMatchObject({ value: 0, count: 0, status: "breach" });
    const accuracy = (
      await monitor({ metric: "accuracy", condition: { type: "threshold", op: "<", value: 0.8 } })
    ).body;
    expect(await evaluate(accuracy.id, T0 + 10 * HOUR)).toMatchObject({
      value: null,
      status: "nodata",
      reason: "no predictions in the window",
    });
  });
});
