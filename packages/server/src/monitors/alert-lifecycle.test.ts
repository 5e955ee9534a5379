import { describe, expect, it } from "vitest";
import { useTestServer } from "../http/test-server.test-support.js";

const MIN = 60_000;
const T0 = Date.UTC(2026, 9, 20);
let clock = T0;
const api = useTestServer({ monitorTickMs: 0, now: () => clock });
const iso = (ms: number) => new Date(ms).toISOString();

/** 100 predictions in the 5 minutes before `clock`, `correct` of them right. */
async function traffic(step: number, correct: number) {
  const records = Array.from({ length: 100 }, (_, i) => ({
    id: `s${step}-${i}`,
    version: "v1",
    timestamp: clock - 5 * MIN + i * 1000,
    features: { x: i },
    prediction: i % 2,
    label: i < correct ? i % 2 : 1 - (i % 2),
  }));
  expect(
    (await api.call("POST", "/api/v1/models/life/predictions", { body: { records } })).body.accepted,
  ).toBe(100);
}

describe("alert lifecycle", () => {
  it("goes ok → pending → firing after `for` → resolved, with one episode and its timeline", async () => {
    await api.call("POST", "/api/v1/models", { body: { name: "life", task: "binary", positiveLabel: "1" } });
    await api.call("POST", "/api/v1/models/life/versions", { body: { version: "v1" } });
    const monitor = (
      await api.call("POST", "/api/v1/models/life/monitors", {
        body: {
          name: "accuracy drop",
          metric: "accuracy",
          window: "5m",
          every: "5m",
          for: "10m",
          minCount: 50,
          severity: "critical",
          condition: { type: "threshold", op: "<", value: 0.8 },
        },
      })
    ).body;
    const scheduler = api.server().scheduler;
    const states: string[] = [];
    for (const [step, correct] of [
      [1, 95],
      [2, 50],
      [3, 50],
      [4, 50],
      [5, 95],
      [6, 95],
    ] as const) {
      clock = T0 + step * 5 * MIN;
      await traffic(step, correct);
      await scheduler.tick();
      const alerts = (await api.call("GET", "/api/v1/alerts?model=life")).body.alerts;
      states.push(alerts[0]?.state ?? "none");
    }
    expect(states).toEqual(["none", "pending", "pending", "firing", "resolved", "resolved"]);

    const resolved = (await api.call("GET", "/api/v1/alerts?state=resolved&model=life")).body.alerts;
    expect(resolved).toHaveLength(1);
    expect(resolved[0]).toMatchObject({
      monitorId: monitor.id,
      model: "life",
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      startedAt: iso(T0 + 10 * MIN),
      firingAt: iso(T0 + 20 * MIN),
      resolvedAt: iso(T0 + 25 * MIN),
      value: 0.95,
    });
    expect(resolved[0].timeline.map((e: { state: string; at: string }) => [e.state, e.at])).toEqual([
      ["pending", iso(T0 + 10 * MIN)],
      ["firing", iso(T0 + 20 * MIN)],
      ["resolved", iso(T0 + 25 * MIN)],
    ]);
    expect(resolved[0].timeline[1].reason).toBe("accuracy 0.5 < 0.8");
    expect((await api.call("GET", "/api/v1/alerts?state=firing")).body.alerts).toEqual([]);

    // A new breach opens a new episode with a new id and the same fingerprint.
    clock = T0 + 35 * MIN;
    await traffic(7, 10);
    await scheduler.tick();
    const all = (await api.call("GET", "/api/v1/alerts?model=life")).body.alerts;
    expect(all.map((a: { state: string }) => a.state)).toEqual(["pending", "resolved"]);
    expect(all[0].id).not.toBe(all[1].id);
    expect(all[0].fingerprint).toBe(all[1].fingerprint);
  });
});
