import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { type RunningServer, startServer } from "../server/start-server.js";

const MIN = 60_000;
const KEY = "restart-admin-key-0123456789";
const dir = mkdtempSync(join(tmpdir(), "telltale-restart-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let clock = Date.UTC(2026, 10, 2);
const start = () =>
  startServer({
    config: loadConfig({}, { port: "0", host: "127.0.0.1", adminKey: KEY, logLevel: "silent" }),
    dataDir: dir,
    logger: createLogger("silent"),
    now: () => clock,
    monitorTickMs: 0,
  });

async function call(server: RunningServer, method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${KEY}`, ...(body ? { "content-type": "application/json" } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: response.status === 204 ? null : await response.json() };
}

describe("notifications across a restart", () => {
  it("sends a notice that was due when the server stopped once, and does not send it again", async () => {
    const received: string[] = [];
    const receiver = createServer((request, response) => {
      let body = "";
      request.on("data", (c) => {
        body += c;
      });
      request.on("end", () => {
        received.push(JSON.parse(body).status);
        response.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

    let server = await start();
    await call(server, "POST", "/api/v1/models", { name: "r", task: "regression" });
    await call(server, "POST", "/api/v1/models/r/versions", { version: "v1" });
    const channel = (
      await call(server, "POST", "/api/v1/channels", { name: "hook", config: { type: "webhook", url } })
    ).body;
    await call(server, "POST", "/api/v1/models/r/monitors", {
      name: "silent model",
      metric: "count",
      window: "5m",
      every: "1m",
      condition: { type: "threshold", op: "<", value: 1 },
      channels: [channel.id],
    });
    // No traffic: the count monitor fires at once; 30 s later the group is due and its delivery stored.
    await server.scheduler.tick();
    clock += 30_000;
    await server.scheduler.tick();
    const queued = (await call(server, "GET", "/api/v1/deliveries")).body.deliveries;
    expect(queued).toEqual([expect.objectContaining({ status: "pending", attempts: 0 })]);
    expect(received).toEqual([]);
    await server.close();

    server = await start();
    clock += 1000;
    await server.deliveryWorker.tick();
    expect(received).toEqual(["firing"]);
    // The group's schedule survived: nothing new is due, nothing is sent twice.
    clock += 2 * MIN;
    await server.scheduler.tick();
    await server.deliveryWorker.tick();
    expect(received).toEqual(["firing"]);
    expect((await call(server, "GET", "/api/v1/deliveries")).body.deliveries).toEqual([
      expect.objectContaining({ status: "sent", attempts: 1, lastStatus: 200 }),
    ]);
    await server.close();
    receiver.close();
  });
});
