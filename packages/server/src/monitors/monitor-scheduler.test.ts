import { describe, expect, it } from "vitest";
import { useTestServer } from "../http/test-server.test-support.js";

const HOUR = 3600_000;
const T0 = Date.UTC(2026, 9, 12);
let clock = T0 + 2 * HOUR;
const api = useTestServer({ monitorTickMs: 0, now: () => clock });

describe("monitor scheduler", () => {
  it("evaluates each enabled monitor once per period and keeps the history", async () => {
    await api.call("POST", "/api/v1/models", { body: { name: "sched", task: "regression" } });
    await api.call("POST", "/api/v1/models/sched/versions", { body: { version: "v1" } });
    const records = Array.from({ length: 300 }, (_, i) => ({
      id: `r${i}`,
      version: "v1",
      timestamp: T0 + HOUR + i * 10_000,
      features: { x: i },
      prediction: 1,
      label: i % 3 === 0 ? 2 : 1,
    }));
    await api.call("POST", "/api/v1/models/sched/predictions", { body: { records } });
    const create = (body: Record<string, unknown>) =>
      api.call("POST", "/api/v1/models/sched/monitors", {
        body: {
          name: "mae",
          metric: "mae",
          every: "5m",
          condition: { type: "threshold", op: ">", value: 0.2 },
          ...body,
        },
      });
    const mae = (await create({})).body;
    const off = (await create({ enabled: false })).body;
    // No reference to measure drift against: recorded as no data, with the reason.
    const broken = (await create({ metric: "drift.x" })).body;

    const scheduler = api.server().scheduler;
    await scheduler.tick();
    const history = async (id: string) =>
      (await api.call("GET", `/api/v1/models/sched/monitors/${id}/history`)).body.evaluations;
    expect(await history(mae.id)).toEqual([
      expect.objectContaining({
        at: new Date(clock).toISOString(),
        status: "breach",
        count: 300,
        value: expect.closeTo(1 / 3, 12),
      }),
    ]);
    expect(await history(off.id)).toEqual([]);

    // Not due again until `every` has passed.
    clock += 60_000;
    await scheduler.tick();
    expect((await history(mae.id)).length).toBe(1);
    clock += 4 * 60_000;
    await scheduler.tick();
    const evaluations = await history(mae.id);
    expect(evaluations.length).toBe(2);
    expect(evaluations[0].at).toBe(new Date(clock).toISOString());
    expect(evaluations[0].count).toBe(300 - 30);
    expect(await history(broken.id)).toEqual([
      expect.objectContaining({
        status: "nodata",
        reason: expect.stringMatching(/^cannot evaluate: .*reference/),
      }),
      expect.objectContaining({ status: "nodata" }),
    ]);

    const metrics = (await api.call("GET", "/metrics", { key: null })).body as string;
    expect(metrics).toMatch(/telltale_monitor_evaluations_total\{status="breach"\} 2/);
    expect(metrics).toMatch(/telltale_monitor_evaluations_total\{status="error"\} 2/);
    expect(metrics).toMatch(/telltale_monitor_cycle_duration_seconds_count [1-9]/);
  });
});
