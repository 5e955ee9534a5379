import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../packages/server/src/config.js";
import { createLogger } from "../../packages/server/src/logger.js";
import { startServer } from "../../packages/server/src/server/start-server.js";
import { DuckDbStore } from "../../packages/server/src/store/duckdb/duckdb-store.js";
import { tempDir } from "./helpers.js";

const KEY = "graceful-admin-key-0123456789";

describe("graceful shutdown", () => {
  it("answers and commits a batch that was in flight when shutdown began", async () => {
    const dataDir = tempDir();
    const server = await startServer({
      config: loadConfig({}, { port: "0", adminKey: KEY, logLevel: "silent" }),
      dataDir,
      logger: createLogger("silent"),
    });
    const headers = { authorization: `Bearer ${KEY}`, "content-type": "application/json" };
    await fetch(`${server.url}/api/v1/models`, {
      method: "POST",
      headers,
      body: JSON.stringify({ name: "g", task: "binary" }),
    });
    await fetch(`${server.url}/api/v1/models/g/versions`, {
      method: "POST",
      headers,
      body: JSON.stringify({ version: "v1" }),
    });

    const records = Array.from({ length: 3000 }, (_, i) => ({
      id: `g${i}`,
      version: "v1",
      features: { x: i },
      prediction: 1,
    }));
    const body = Buffer.from(JSON.stringify({ records }));
    const url = new URL(`${server.url}/api/v1/models/g/predictions`);
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: "POST",
          headers: { ...headers, "content-length": body.length },
        },
        (res) => {
          let text = "";
          res.on("data", (chunk) => {
            text += chunk;
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on("error", reject);
      // Half the body now; shutdown begins; the rest afterwards.
      req.write(body.subarray(0, body.length / 2));
      setTimeout(() => {
        closing = server.close();
        setTimeout(() => req.end(body.subarray(body.length / 2)), 100);
      }, 100);
    });
    let closing: Promise<void> | undefined;
    const result = await answer;
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body)).toMatchObject({ accepted: 3000, duplicates: 0 });
    await closing;

    const store = await DuckDbStore.open(dataDir);
    expect((await store.counts("g")).map((c) => c.predictions)).toEqual([3000]);
    await store.close();
  });
});
