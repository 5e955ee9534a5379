import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../logger.js";
import { DeliveryStore } from "../store/duckdb/delivery-store.js";
import { DuckDbStore } from "../store/duckdb/duckdb-store.js";
import { DeliveryWorker } from "./delivery-worker.js";
import type { Notification } from "./notification.js";

const notification: Notification = {
  groupKey: "m/mon_1",
  status: "firing",
  model: "m",
  monitor: { id: "mon_1", name: "accuracy drop" },
  severity: "critical",
  alerts: [],
  externalUrl: "http://127.0.0.1:4100",
};

/** A receiver that answers 500 to its first `failures` requests, then 200; it records the bodies it accepted. */
function receiver(failures: number) {
  const accepted: unknown[] = [];
  let seen = 0;
  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      seen++;
      if (seen <= failures) {
        response.writeHead(500).end("down for maintenance");
        return;
      }
      accepted.push(JSON.parse(body));
      response.writeHead(200).end("ok");
    });
  });
  return { server, accepted, seen: () => seen };
}

describe("DeliveryWorker", () => {
  let store: DuckDbStore;
  const down = receiver(2);
  let url = "";
  beforeAll(async () => {
    store = await DuckDbStore.open(null);
    await new Promise<void>((resolve) => down.server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(down.server.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    down.server.close();
    await store.close();
  });

  it("retries a receiver that is down for two tries with backoff, and delivers once", async () => {
    const deliveries = new DeliveryStore(store);
    let clock = 1_000_000;
    const worker = new DeliveryWorker(
      deliveries,
      async (channelId, message) => {
        const response = await fetch(url, { method: "POST", body: JSON.stringify({ channelId, message }) });
        return { ok: response.ok, status: response.status, response: await response.text() };
      },
      createLogger("silent"),
      { now: () => clock, random: () => 0.5 },
    );
    const [id] = await deliveries.enqueue([{ channelId: "chn_1", alertId: "alr_1", notification }], clock);
    await worker.tick();
    let [row] = await deliveries.list({ alert: "alr_1", limit: 10 });
    expect(row).toMatchObject({
      id,
      status: "pending",
      attempts: 1,
      lastStatus: 500,
      lastResponse: "down for maintenance",
    });
    expect(row!.nextAttemptAt).toBe(clock + 30_000 * 0.875);

    // Not due yet: nothing is sent.
    clock += 10_000;
    await worker.tick();
    expect(down.seen()).toBe(1);

    clock += 30_000;
    await worker.tick();
    [row] = await deliveries.list({ alert: "alr_1", limit: 10 });
    expect(row).toMatchObject({ status: "pending", attempts: 2 });

    clock += 60_000;
    await worker.tick();
    await worker.tick();
    [row] = await deliveries.list({ alert: "alr_1", limit: 10 });
    expect(row).toMatchObject({ status: "sent", attempts: 3, lastStatus: 200, nextAttemptAt: null });
    expect(down.accepted).toEqual([{ channelId: "chn_1", message: notification }]);

    clock += 3_600_000;
    await worker.tick();
    expect(down.seen()).toBe(3);
  });

  it("gives up after five tries on a channel that never answers, without holding up another channel", async () => {
    const deliveries = new DeliveryStore(store);
    let clock = 5_000_000;
    const sent: string[] = [];
    const worker = new DeliveryWorker(
      deliveries,
      async (channelId) => {
        if (channelId === "dead") throw new Error("connect ECONNREFUSED 127.0.0.1:9");
        sent.push(channelId);
        return { ok: true, status: 200, response: "ok" };
      },
      createLogger("silent"),
      { now: () => clock, random: () => 0.999 },
    );
    await deliveries.enqueue(
      [
        { channelId: "dead", alertId: "alr_2", notification },
        { channelId: "alive", alertId: "alr_2", notification },
      ],
      clock,
    );
    for (let i = 0; i < 6; i++) {
      await worker.tick();
      clock += 10 * 60_000;
    }
    const rows = await deliveries.list({ alert: "alr_2", limit: 10 });
    expect(rows.find((r) => r.channelId === "dead")).toMatchObject({
      status: "failed",
      attempts: 5,
      lastStatus: null,
      lastResponse: "connect ECONNREFUSED 127.0.0.1:9",
    });
    expect(rows.find((r) => r.channelId === "alive")).toMatchObject({ status: "sent", attempts: 1 });
    expect(sent).toEqual(["alive"]);
  });
});
