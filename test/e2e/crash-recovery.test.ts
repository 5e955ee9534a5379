import { spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "./helpers.js";
import { adminCall, E2E_ADMIN_KEY, type ServerProcess, startServerProcess } from "./server-process.js";

const running: ServerProcess[] = [];
afterAll(() => {
  for (const server of running) server.child.kill("SIGKILL");
});

describe("durability", () => {
  it("keeps every acknowledged record, none twice, when the server is killed with SIGKILL mid-stream", async () => {
    const dataDir = tempDir();
    const first = await startServerProcess(dataDir);
    running.push(first);
    expect(
      (await adminCall(first.url, "POST", "/api/v1/models", { name: "crash", task: "binary" })).status,
    ).toBe(201);
    expect(
      (await adminCall(first.url, "POST", "/api/v1/models/crash/versions", { version: "v1" })).status,
    ).toBe(201);

    const loop = spawn(
      process.execPath,
      [join(ROOT, "test/e2e/fixtures/ingest-loop.mjs"), first.url, E2E_ADMIN_KEY, "crash", "250"],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    const acked: { first: number; count: number }[] = [];
    let down: { first: number; count: number } | undefined;
    const loopDone = new Promise<void>((resolve) => loop.on("exit", () => resolve()));
    createInterface({ input: loop.stdout! }).on("line", (line) => {
      const [kind, a, b] = line.split(" ");
      if (kind === "ack") {
        acked.push({ first: Number(a), count: Number(b) });
        // Kill while batches are in flight, after enough have been acknowledged.
        if (acked.length === 40) first.child.kill("SIGKILL");
      } else if (kind === "down") down = { first: Number(a), count: Number(b) };
    });
    await loopDone;
    expect((await first.exited).signal).toBe("SIGKILL");
    expect(acked.length).toBeGreaterThanOrEqual(40);
    expect(down).toBeDefined();

    const second = await startServerProcess(dataDir);
    running.push(second);
    // The client retries the batch it never got an answer for: stored at most once.
    const retry = Array.from({ length: down!.count }, (_, i) => ({
      id: `rec-${down!.first + i}`,
      version: "v1",
      features: { x: 1, c: "k0" },
      prediction: 1,
    }));
    const retried = await adminCall(second.url, "POST", "/api/v1/models/crash/predictions", {
      records: retry,
    });
    const answer = (await retried.json()) as { accepted: number; duplicates: number };
    expect(answer.accepted + answer.duplicates).toBe(down!.count);
    second.child.kill("SIGTERM");
    expect((await second.exited).code).toBe(0);

    const instance = await DuckDBInstance.create(join(dataDir, "telltale.duckdb"));
    const connection = await instance.connect();
    const rows = (await connection.runAndReadAll("SELECT id FROM predictions_1"))
      .getRows()
      .map(([id]) => id as string);
    connection.closeSync();
    instance.closeSync();
    const stored = new Set(rows);
    expect(stored.size).toBe(rows.length);
    let missing = 0;
    for (const batch of acked)
      for (let i = 0; i < batch.count; i++) if (!stored.has(`rec-${batch.first + i}`)) missing++;
    expect(missing).toBe(0);
    for (let i = 0; i < down!.count; i++) expect(stored.has(`rec-${down!.first + i}`)).toBe(true);
    expect(rows.length).toBe(acked.reduce((sum, b) => sum + b.count, 0) + down!.count);
  });
});
