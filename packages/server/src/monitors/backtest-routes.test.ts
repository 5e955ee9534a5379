import { describe, expect, it } from "vitest";
import { useTestServer } from "../http/test-server.test-support.js";

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 8, 1);
const clock = T0 + 8 * DAY;
const api = useTestServer({ monitorTickMs: 0, now: () => clock });
const iso = (ms: number) => new Date(ms).toISOString();

/** Hours (from T0) whose accuracy is 0.5: three in a row on day 3, one alone on day 5. */
const BAD_HOURS = new Set([3 * 24 + 10, 3 * 24 + 11, 3 * 24 + 12, 5 * 24 + 4]);
const SPIKE_HOUR = 6 * 24 + 6;

/** Eight days of hourly traffic, 15 to 25 predictions an hour (80 in the spike hour), all but one right. */
function records() {
  const out = [];
  for (let hour = 0; hour < 8 * 24; hour++) {
    const n = hour === SPIKE_HOUR ? 80 : 15 + ((hour * 7) % 11);
    const correct = BAD_HOURS.has(hour) ? Math.floor(n / 2) : n - 1;
    for (let i = 0; i < n; i++) {
      out.push({
        id: `p${hour}-${i}`,
        version: "v1",
        timestamp: T0 + hour * HOUR + Math.floor((i / n) * HOUR),
        features: { x: (i * 7 + hour) % 13 },
        prediction: i % 2,
        score: ((i * 7 + hour * 13) % 100) / 100,
        label: i < correct ? i % 2 : 1 - (i % 2),
      });
    }
  }
  return out;
}

const accuracyMonitor = {
  name: "accuracy drop",
  metric: "accuracy",
  window: "1h",
  every: "1h",
  for: "1h",
  minCount: 10,
  condition: { type: "threshold", op: "<", value: 0.8 },
};

async function create(body: Record<string, unknown>): Promise<string> {
  const created = await api.call("POST", "/api/v1/models/bt/monitors", { body });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id;
}

async function backtest(id: string, query = "") {
  const answer = await api.call("GET", `/api/v1/models/bt/monitors/${id}/backtest${query}`);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body;
}

/** The evaluate endpoint's answer at `at` next to the backtest's point there. */
async function sameAsEvaluate(id: string, points: { at: string }[], at: number) {
  const point = points.find((p) => p.at === iso(at));
  expect(point, iso(at)).toBeDefined();
  const single = (await api.call("POST", `/api/v1/models/bt/monitors/${id}/evaluate?at=${iso(at)}`)).body;
  expect(point, iso(at)).toMatchObject({
    value: single.value,
    count: single.count,
    status: single.status,
    reason: single.reason,
    compared: single.compared ?? null,
    lower: single.lower ?? null,
    upper: single.upper ?? null,
  });
}

describe("monitor backtests", () => {
  it("set up", async () => {
    await api.call("POST", "/api/v1/models", { body: { name: "bt", task: "binary", positiveLabel: "1" } });
    await api.call("POST", "/api/v1/models/bt/versions", { body: { version: "v1" } });
    const all = records();
    const answer = await api.call("POST", "/api/v1/models/bt/predictions", { body: { records: all } });
    expect(answer.body.accepted).toBe(all.length);
  });

  it("replays 7 days of an hourly-window monitor into the alerts it would have raised", async () => {
    const id = await create(accuracyMonitor);
    const result = await backtest(id);
    expect(result).toMatchObject({
      from: iso(T0 + DAY),
      to: iso(T0 + 8 * DAY),
      step: "1h",
      evaluations: 168,
      condition: { type: "threshold", op: "<", value: 0.8 },
    });
    expect(result.points).toHaveLength(168);
    expect(result.points[0].at).toBe(iso(T0 + DAY + HOUR));
    expect(result.points.at(-1).at).toBe(iso(T0 + 8 * DAY));
    // The window that ends at T0 + 83 h is hour 82, the first bad one: pending; an hour later firing.
    expect(result.alerts).toEqual([
      {
        state: "resolved",
        startedAt: iso(T0 + 83 * HOUR),
        firingAt: iso(T0 + 84 * HOUR),
        resolvedAt: iso(T0 + 86 * HOUR),
        endedAt: iso(T0 + 86 * HOUR),
        // Hour 82 has 17 predictions, 8 right: the lowest accuracy of the three.
        peak: expect.closeTo(8 / 17, 12),
      },
      {
        state: "ok",
        startedAt: iso(T0 + 125 * HOUR),
        firingAt: null,
        resolvedAt: null,
        endedAt: iso(T0 + 126 * HOUR),
        peak: expect.closeTo(12 / 25, 12),
      },
    ]);
    const at = (ms: number) => result.points.find((p: { at: string }) => p.at === iso(ms));
    expect(at(T0 + 83 * HOUR)).toMatchObject({ state: "pending", breached: true });
    expect(at(T0 + 84 * HOUR)).toMatchObject({ state: "firing", breached: true });
    expect(at(T0 + 86 * HOUR)).toMatchObject({ state: "resolved", breached: false });
    expect(at(T0 + 90 * HOUR)).toMatchObject({ state: "resolved", breached: false, status: "ok" });
    for (const ms of [T0 + DAY + HOUR, T0 + 83 * HOUR, T0 + 86 * HOUR, T0 + 8 * DAY])
      await sameAsEvaluate(id, result.points, ms);

    // Nothing was stored: no alert, no evaluation in the monitor's history.
    expect((await api.call("GET", "/api/v1/alerts?model=bt")).body.alerts).toEqual([]);
    expect((await api.call("GET", `/api/v1/models/bt/monitors/${id}/history`)).body.evaluations).toEqual([]);
  });

  it("backtests an unsaved monitor from its create body, over the range asked", async () => {
    const answer = await api.call("POST", "/api/v1/models/bt/monitors/backtest", {
      body: { monitor: accuracyMonitor, from: iso(T0 + 3 * DAY), to: iso(T0 + 4 * DAY) },
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toMatchObject({ from: iso(T0 + 3 * DAY), step: "1h", evaluations: 24 });
    expect(answer.body.alerts.map((a: { firingAt: string }) => a.firingAt)).toEqual([iso(T0 + 84 * HOUR)]);
  });

  it("enlarges the step to at most 500 evaluations, and every point is what evaluate gives at its instant", async () => {
    const id = await create({
      name: "score",
      metric: "score.mean",
      window: "1h",
      every: "5m",
      minCount: 10,
      condition: { type: "outside", low: 0.3, high: 0.7 },
    });
    const result = await backtest(id);
    expect(result).toMatchObject({ step: "30m", evaluations: 336 });
    for (const ms of [T0 + DAY + 30 * 60_000, T0 + 3 * DAY, T0 + 5 * DAY + 90 * 60_000, T0 + 8 * DAY])
      await sameAsEvaluate(id, result.points, ms);
  });

  it("reads the history before each instant for an anomaly condition, as live evaluation does", async () => {
    const id = await create({
      name: "traffic",
      metric: "count",
      window: "1h",
      every: "1h",
      condition: { type: "anomaly", method: "mad", history: "3d" },
    });
    const result = await backtest(id, `?from=${iso(T0 + 2 * DAY)}&to=${iso(T0 + 8 * DAY)}`);
    expect(result.evaluations).toBe(144);
    const spike = result.points.find((p: { at: string }) => p.at === iso(T0 + (SPIKE_HOUR + 1) * HOUR));
    expect(spike).toMatchObject({ value: 80, status: "breach", state: "firing" });
    expect(result.alerts.some((a: { peak: number }) => a.peak === 80)).toBe(true);
    for (const ms of [T0 + 2 * DAY + HOUR, T0 + 4 * DAY, T0 + (SPIKE_HOUR + 1) * HOUR, T0 + 8 * DAY])
      await sameAsEvaluate(id, result.points, ms);
  });

  it.each([
    ["from after to", `?from=${iso(T0 + 2 * DAY)}&to=${iso(T0 + DAY)}`, 400],
    ["a range over 366 days", `?from=${iso(T0 - 400 * DAY)}`, 400],
    ["not an instant", "?to=yesterday", 400],
  ])("answers 400 for %s", async (_, query, status) => {
    const id = await create(accuracyMonitor);
    expect((await api.call("GET", `/api/v1/models/bt/monitors/${id}/backtest${query}`)).status).toBe(status);
  });

  it.each([
    ["an unknown monitor", "GET", "/api/v1/models/bt/monitors/mon_nope/backtest", undefined, 404],
    ["an unknown model", "POST", "/api/v1/models/nope/monitors/backtest", { monitor: accuracyMonitor }, 404],
    [
      "a metric the model does not have",
      "POST",
      "/api/v1/models/bt/monitors/backtest",
      { monitor: { ...accuracyMonitor, metric: "rmse" } },
      422,
    ],
    ["an invalid monitor", "POST", "/api/v1/models/bt/monitors/backtest", { monitor: { name: "x" } }, 400],
  ])("answers for %s", async (_, method, path, body, status) => {
    expect((await api.call(method, path, body !== undefined ? { body } : {})).status).toBe(status);
  });
});
