import { describe, expect, it, vi } from "vitest";
import type { TelltaleDeliveryError } from "./delivery-error.js";
import { clientFor, ids, prediction, useIngestServer } from "./test-server.test-support.js";

const server = useIngestServer();

describe("Telltale retries", () => {
  it.each([503, 500, 429])("retries a batch answered %i with backoff until it is stored", async (status) => {
    const t = clientFor(server());
    server().failNext(2, status);
    for (const id of ids(0, 3)) t.log(prediction(id));
    await t.flush();
    expect(server().requests.map((r) => r.status)).toEqual([status, status, 200]);
    expect(server().storedIds()).toEqual(ids(0, 3));
    expect(t.stats()).toMatchObject({ sent: 3, accepted: 3, retries: 2, failed: 0 });
    await t.close();
  });

  it("waits as long as a 429's Retry-After asks, however short its own backoff", async () => {
    const t = clientFor(server(), { backoffBaseMs: 1, backoffCapMs: 1 });
    server().failNext(1, 429, { "retry-after": "1" });
    t.log(prediction("p0"));
    await t.flush();
    const [first, second] = server().requests;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
    expect(server().storedIds()).toEqual(["p0"]);
    await t.close();
  });

  it("retries through connection refused until the server is back on its port", async () => {
    await server().stop();
    const t = clientFor(server(), { maxRetries: 100 });
    for (const id of ids(0, 20)) t.log(prediction(id));
    const flushed = t.flush();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server().requests).toHaveLength(0);
    await server().start();
    await flushed;
    expect(server().storedIds()).toEqual(ids(0, 20));
    expect(t.stats().retries).toBeGreaterThan(0);
    expect(t.stats()).toMatchObject({ sent: 20, accepted: 20, failed: 0 });
    await t.close();
  });

  it("stores each record once when an answer is lost and the batch is sent again", async () => {
    const t = clientFor(server());
    server().dropAnswerNext(1);
    for (const id of ids(0, 10)) t.log(prediction(id));
    await t.flush();
    expect(server().requests.map((r) => r.status)).toEqual([0, 200]);
    expect(server().predictions.size).toBe(10);
    expect(t.stats()).toMatchObject({ sent: 10, accepted: 0, duplicates: 10, retries: 1 });
    await t.close();
  });

  it("aborts an attempt after timeoutMs and retries it", async () => {
    const t = clientFor(server(), { timeoutMs: 100 });
    server().delayNext(1, 400);
    for (const id of ids(0, 5)) t.log(prediction(id));
    await t.flush();
    expect(t.stats()).toMatchObject({ sent: 5, retries: 1, failed: 0 });
    await vi.waitFor(() => expect(server().requests).toHaveLength(2));
    expect(server().predictions.size).toBe(5);
    await t.close();
  });

  it.each([400, 401, 404, 413])(
    "does not retry a batch answered %i, reports it, and goes on with the next",
    async (status) => {
      const errors: TelltaleDeliveryError[] = [];
      const t = clientFor(server(), {
        batchSize: 2,
        onError: (error) => {
          errors.push(error);
          throw new Error("a broken callback must not stop delivery");
        },
      });
      server().failNext(1, status);
      for (const id of ids(0, 4)) t.log(prediction(id));
      await t.flush();
      expect(server().requests.map((r) => r.status)).toEqual([status, 200]);
      expect(server().storedIds()).toEqual(ids(2, 4));
      expect(t.stats()).toMatchObject({ sent: 2, accepted: 2, failed: 2, retries: 0 });
      expect(errors).toHaveLength(1);
      const [error] = errors;
      expect(error).toMatchObject({
        code: "TELLTALE_SDK_BATCH_REJECTED",
        kind: "predictions",
        status,
        attempts: 1,
        count: 2,
        body: { error: { code: "TELLTALE_INJECTED", message: "injected fault" } },
      });
      expect(error!.message).toContain(`HTTP ${status} TELLTALE_INJECTED: injected fault`);
      expect(error!.records.map((r) => r.id)).toEqual(ids(0, 2));
      await t.close();
    },
  );

  it("gives up after maxRetries and reports the batch with the network error", async () => {
    await server().stop();
    const errors: TelltaleDeliveryError[] = [];
    const t = clientFor(server(), { maxRetries: 2, onError: (error) => errors.push(error) });
    t.label("p0", 1);
    await t.close();
    expect(t.stats().labels).toMatchObject({ sent: 0, failed: 1, retries: 2, buffered: 0 });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: "TELLTALE_SDK_RETRIES_EXHAUSTED",
      kind: "labels",
      status: undefined,
      attempts: 3,
    });
    expect(errors[0]!.message).toContain("ECONNREFUSED");
    expect(errors[0]!.records).toEqual([{ id: "p0", label: 1, timestamp: expect.any(Number) }]);
  });
});
