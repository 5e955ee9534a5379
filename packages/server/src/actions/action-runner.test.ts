import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestServer } from "../http/test-server.test-support.js";

const T0 = Date.UTC(2026, 10, 5);
const clock = T0;
const api = useTestServer({ monitorTickMs: 0, now: () => clock });
const held: ServerResponse[] = [];
const pipeline = createServer((request, response) => {
  request.resume();
  request.on("end", () => held.push(response));
});
let url = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => pipeline.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(pipeline.address() as AddressInfo).port}/retrain`;
});
afterAll(() => {
  pipeline.close();
});

describe("ActionRunner", () => {
  it("does not hold up the evaluation loop while an action's receiver is slow, and records the run when it answers", async () => {
    await api.call("POST", "/api/v1/models", { body: { name: "slow", task: "regression" } });
    await api.call("POST", "/api/v1/models/slow/versions", { body: { version: "v1" } });
    const action = (await api.call("POST", "/api/v1/models/slow/actions", { body: { type: "webhook", url } }))
      .body;
    const dry = (
      await api.call("POST", "/api/v1/models/slow/actions", {
        body: { type: "rollback", alias: "champion", to: "v1", dryRun: true },
      })
    ).body;
    await api.call("POST", "/api/v1/models/slow/monitors", {
      body: {
        name: "silent",
        metric: "count",
        window: "5m",
        every: "1m",
        condition: { type: "threshold", op: "<", value: 1 },
        actions: [action.id, dry.id],
      },
    });
    // The tick ends while the pipeline has not answered yet.
    await api.server().scheduler.tick();
    for (let i = 0; i < 50 && held.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(held).toHaveLength(1);
    expect((await api.call("GET", "/api/v1/alerts?model=slow")).body.alerts[0].state).toBe("firing");
    held[0]!.writeHead(202).end();
    await api.server().actionRunner.drain();
    const runs = (await api.call("GET", `/api/v1/models/slow/actions/${action.id}/runs`)).body.runs;
    expect(runs).toEqual([expect.objectContaining({ status: "done", detail: "HTTP 202" })]);
    const dryRuns = (await api.call("GET", `/api/v1/models/slow/actions/${dry.id}/runs`)).body.runs;
    expect(dryRuns).toEqual([
      expect.objectContaining({ status: "dry-run", detail: "would move champion from nothing to v1" }),
    ]);

    // Deleting an action a monitor uses is refused.
    expect((await api.call("DELETE", `/api/v1/models/slow/actions/${action.id}`)).status).toBe(409);
  });
});
