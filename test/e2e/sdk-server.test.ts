import { Telltale } from "@telltale/sdk";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../packages/server/src/config.js";
import { createLogger } from "../../packages/server/src/logger.js";
import { type RunningServer, startServer } from "../../packages/server/src/server/start-server.js";
import { tempDir } from "./helpers.js";

const KEY = "sdk-e2e-admin-key-0123456789";
const servers: RunningServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
});

async function start(dataDir: string, port = 0): Promise<RunningServer> {
  const server = await startServer({
    config: loadConfig({}, { port: String(port), adminKey: KEY, logLevel: "silent" }),
    dataDir,
    logger: createLogger("silent"),
  });
  servers.push(server);
  return server;
}

async function admin(url: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${KEY}`, ...(body ? { "content-type": "application/json" } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return response.json() as Promise<any>;
}

const record = (id: string) => ({
  id,
  version: "v1",
  features: { x: Number(id.slice(1)) % 10 },
  prediction: 1,
  score: 0.6,
});

async function storedCount(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const match = /telltale_store_predictions\{model="sdk"\} (\d+)/.exec(text);
  return match ? Number(match[1]) : 0;
}

async function predictionRequests(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const match =
    /telltale_http_requests_total\{method="POST",route="\/api\/v1\/models\/:model\/predictions",status="200"\} (\d+)/.exec(
      text,
    );
  return match ? Number(match[1]) : 0;
}

describe("@telltale/sdk against a real server", () => {
  it("batches by size, joins labels, retries across a server restart, and stores nothing twice", async () => {
    const dataDir = tempDir();
    let server = await start(dataDir);
    const port = Number(new URL(server.url).port);
    await admin(server.url, "POST", "/api/v1/models", { name: "sdk", task: "binary", positiveLabel: "1" });
    await admin(server.url, "POST", "/api/v1/models/sdk/versions", { version: "v1" });

    const client = new Telltale({
      url: server.url,
      apiKey: KEY,
      model: "sdk",
      batchSize: 500,
      flushIntervalMs: 60_000,
      backoffBaseMs: 50,
      backoffCapMs: 200,
      maxRetries: 50,
    });
    for (let i = 0; i < 1200; i++) client.log(record(`p${i}`));
    await client.flush();
    expect(await storedCount(server.url)).toBe(1200);
    expect(await predictionRequests(server.url)).toBe(3);

    client.label("p1", 1);
    client.label("p2", 0);
    await client.flush();
    expect((await admin(server.url, "GET", "/api/v1/models/sdk/predictions/p1")).label).toBe("1");

    // The server goes away; logging goes on without blocking, and the SDK retries until it is back.
    await server.close();
    for (let i = 1200; i < 1800; i++) client.log(record(`p${i}`));
    const flushed = client.flush();
    await new Promise((resolve) => setTimeout(resolve, 300));
    server = await start(dataDir, port);
    await flushed;
    expect(await storedCount(server.url)).toBe(1800);

    // Re-sending what was already stored (as a retry after a lost answer would) stores nothing twice.
    for (let i = 1000; i < 1800; i++) client.log(record(`p${i}`));
    await client.close();
    expect(await storedCount(server.url)).toBe(1800);
    const stats = client.stats();
    expect(stats.dropped).toBe(0);
    expect(stats.failed).toBe(0);
    expect(stats.retries).toBeGreaterThan(0);
    expect(stats.duplicates).toBe(800);
  });

  it("sends user feedback that joins its prediction in either order, and a promoted correction becomes the label", async () => {
    const server = await start(tempDir());
    await admin(server.url, "POST", "/api/v1/models", { name: "fb", task: "binary" });
    await admin(server.url, "POST", "/api/v1/models/fb/versions", { version: "v1" });
    const client = new Telltale({ url: server.url, apiKey: KEY, model: "fb", flushIntervalMs: 20 });
    client.log(record("p1"));
    await client.flush();
    client.feedback("p1", "thumbs", false, { user: "ana" });
    client.feedback("p2", "correction", 0, { promote: true });
    client.feedback("p2", "rating", 2);
    expect(() => client.feedback("p3", "rating", "five" as unknown as number)).toThrow(TypeError);
    expect(() => client.feedback("p3", "toString" as "thumbs", true)).toThrow(TypeError);
    await client.flush();
    expect(client.stats().feedback).toMatchObject({ sent: 3, matched: 1, pending: 2, rejected: 0 });
    client.log(record("p2"));
    await client.close();
    const p2 = await admin(server.url, "GET", "/api/v1/models/fb/predictions/p2");
    expect(p2.label).toBe("0");
    expect(p2.feedback.map((f: { kind: string }) => f.kind)).toEqual(["correction", "rating"]);
    const p1 = await admin(server.url, "GET", "/api/v1/models/fb/predictions/p1");
    expect(p1.feedback).toEqual([
      { kind: "thumbs", value: false, user: "ana", timestamp: expect.any(String) },
    ]);
  });
});
