import { describe, expect, it } from "vitest";
import { useTestServer } from "../test-server.test-support.js";

let clock = Date.UTC(2026, 10, 2);
const api = useTestServer({ monitorTickMs: 0, now: () => clock });

type Delivery = { alertId: string; channelId: string; notification: { model: string } };

const deliveries = async (query: string) => {
  const answer = await api.call("GET", `/api/v1/deliveries${query}`);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.deliveries as Delivery[];
};

describe("the delivery log", () => {
  it("filters by alert, model and channel", async () => {
    const channel = (
      await api.call("POST", "/api/v1/channels", {
        body: { name: "hook", config: { type: "webhook", url: "http://127.0.0.1:9/hook" } },
      })
    ).body;
    const other = (
      await api.call("POST", "/api/v1/channels", {
        body: { name: "other", config: { type: "webhook", url: "http://127.0.0.1:9/other" } },
      })
    ).body;
    for (const model of ["dm1", "dm2"]) {
      await api.call("POST", "/api/v1/models", { body: { name: model, task: "regression" } });
      await api.call("POST", `/api/v1/models/${model}/versions`, { body: { version: "v1" } });
      const created = await api.call("POST", `/api/v1/models/${model}/monitors`, {
        body: {
          name: "silent model",
          metric: "count",
          window: "5m",
          every: "1m",
          condition: { type: "threshold", op: "<", value: 1 },
          channels: model === "dm1" ? [channel.id] : [channel.id, other.id],
        },
      });
      expect(created.status).toBe(201);
    }
    // No traffic: both count monitors fire at once; 30 s later their groups are due and the deliveries stored.
    await api.server().scheduler.tick();
    clock += 30_000;
    await api.server().scheduler.tick();
    const alertOf = async (model: string) =>
      (await api.call("GET", `/api/v1/alerts?model=${model}`)).body.alerts[0].id as string;
    const [first, second] = [await alertOf("dm1"), await alertOf("dm2")];

    const cases: [string, string[]][] = [
      ["", ["dm1", "dm2", "dm2"]],
      ["?model=dm1", ["dm1"]],
      ["?model=dm2", ["dm2", "dm2"]],
      [`?alert=${first}`, ["dm1"]],
      [`?alert=${second}`, ["dm2", "dm2"]],
      [`?model=dm1&alert=${second}`, []],
      [`?model=dm2&channel=${other.id}`, ["dm2"]],
      ["?model=ghost", []],
    ];
    for (const [query, models] of cases) {
      const found = await deliveries(query);
      expect(found.map((d) => d.notification.model).sort(), query).toEqual(models);
    }
    expect((await deliveries(`?alert=${second}`)).every((d) => d.alertId === second)).toBe(true);
    expect((await api.call("GET", "/api/v1/deliveries?model=Not%20a%20name")).status).toBe(400);
  });
});
