import { describe, expect, it, vi } from "vitest";
import { Telltale } from "./telltale.js";
import { clientFor, ids, prediction, useIngestServer } from "./test-server.test-support.js";

const server = useIngestServer();

describe("Telltale batching", () => {
  it("sends a batch as soon as batchSize records wait, in order, one request at a time", async () => {
    const t = clientFor(server(), { batchSize: 10 });
    for (const id of ids(0, 25)) t.log(prediction(id));
    await vi.waitFor(() => expect(server().requests).toHaveLength(2));
    expect(server().requests.map((r) => r.ids.length)).toEqual([10, 10]);
    expect(t.stats()).toMatchObject({ buffered: 5, sent: 20, accepted: 20 });
    await t.flush();
    expect(server().storedIds()).toEqual(ids(0, 25));
    expect(server().maxConcurrent.predictions).toBe(1);
    await t.close();
  });

  it("sends a partial batch when the oldest record has waited flushIntervalMs, and again for later ones", async () => {
    const t = clientFor(server(), { batchSize: 100, flushIntervalMs: 50 });
    const start = performance.now();
    for (const id of ids(0, 3)) t.log(prediction(id));
    expect(server().requests).toHaveLength(0);
    await vi.waitFor(() => expect(server().requests).toHaveLength(1));
    expect(server().requests[0]!.at - start).toBeGreaterThanOrEqual(40);
    t.log(prediction("p3"));
    await vi.waitFor(() => expect(server().requests).toHaveLength(2));
    expect(server().storedIds()).toEqual(ids(0, 4));
    await t.close();
  });

  it("flush() resolves once what was logged before it is stored, leaving later records queued", async () => {
    const t = clientFor(server(), { batchSize: 100 });
    server().delayNext(1, 100);
    for (const id of ids(0, 3)) t.log(prediction(id));
    const flushed = t.flush();
    t.log(prediction("p3"));
    t.log(prediction("p4"));
    await flushed;
    expect(server().storedIds()).toEqual(ids(0, 3));
    expect(t.stats()).toMatchObject({ buffered: 2, sent: 3 });
    await t.flush();
    expect(server().storedIds()).toEqual(ids(0, 5));
    await t.flush(); // nothing buffered: resolves at once
    expect(server().requests).toHaveLength(2);
    await t.close();
  });

  it("close() delivers what is queued, then drops and counts later records without sending them", async () => {
    const t = clientFor(server());
    for (const id of ids(0, 3)) t.log(prediction(id));
    t.label("p0", 1);
    const closing = t.close();
    expect(t.close()).toBe(closing);
    await closing;
    expect(server().storedIds()).toEqual(ids(0, 3));
    expect(server().storedIds("labels")).toEqual(["p0"]);
    t.log(prediction("late"));
    t.label("late", 0);
    await t.flush();
    expect(server().requests).toHaveLength(2);
    expect(t.stats()).toMatchObject({ sent: 3, dropped: 1, buffered: 0, labels: { sent: 1, dropped: 1 } });
  });

  it("does not keep the event loop alive while records wait for the batch timer", async () => {
    const timeouts = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
    const t = clientFor(server());
    const before = timeouts();
    t.log(prediction("p0"));
    expect(timeouts()).toBe(before);
    await t.close();
  });

  it("stamps a missing timestamp at log time, keeps a given one, and sends the record as it was when logged", async () => {
    const t = clientFor(server());
    const before = Date.now();
    const record = prediction("p0", { features: { age: 30 } });
    t.log(record);
    const after = Date.now();
    (record.features as Record<string, unknown>).age = 99;
    t.log(prediction("p1", { timestamp: "2026-01-02T03:04:05Z" }));
    await t.close();
    const p0 = server().predictions.get("p0")!;
    expect(p0.timestamp).toBeGreaterThanOrEqual(before);
    expect(p0.timestamp).toBeLessThanOrEqual(after);
    expect(p0.features).toEqual({ age: 30 });
    expect(server().predictions.get("p1")!.timestamp).toBe("2026-01-02T03:04:05Z");
    expect(server().requests[0]!.model).toBe("churn");
  });

  it("sends labels to their own endpoint and counts matched and pending apart from predictions", async () => {
    const t = clientFor(server());
    t.log(prediction("p0"));
    await t.flush();
    const before = Date.now();
    t.label("p0", 1);
    t.label("p9", "churned", "2026-01-02T00:00:00Z");
    await t.flush();
    expect(server().labels.get("p0")).toMatchObject({ id: "p0", label: 1 });
    expect(server().labels.get("p0")!.timestamp).toBeGreaterThanOrEqual(before);
    expect(server().labels.get("p9")).toEqual({
      id: "p9",
      label: "churned",
      timestamp: "2026-01-02T00:00:00Z",
    });
    expect(t.stats()).toMatchObject({
      sent: 1,
      accepted: 1,
      labels: {
        buffered: 0,
        sent: 2,
        matched: 1,
        pending: 1,
        rejected: 0,
        failed: 0,
        dropped: 0,
        retries: 0,
      },
    });
    await t.close();
  });

  it("counts records the server refuses one by one and hands them to onRejected", async () => {
    const onRejected = vi.fn();
    const t = clientFor(server(), { onRejected });
    t.log(prediction("p0"));
    t.log({ ...prediction("p1"), version: undefined as unknown as string });
    await t.close();
    expect(t.stats()).toMatchObject({ sent: 2, accepted: 1, rejected: 1, failed: 0 });
    expect(onRejected).toHaveBeenCalledWith(
      [{ index: 1, id: "p1", code: "TELLTALE_MISSING_VERSION", message: "version is required" }],
      "predictions",
    );
  });
});

describe("Telltale input checks", () => {
  const valid = { url: "http://127.0.0.1:9", apiKey: "k", model: "m" };
  const t = new Telltale(valid);

  it.each([
    ["null", null],
    ["a string", "p0"],
    ["no id", { version: "v1" }],
    ["an empty id", { id: "" }],
    ["a numeric id", { id: 7 }],
    ["a BigInt feature", { id: "p0", features: { n: 1n } }],
  ])("log() throws a TypeError for %s", (_, record) => {
    expect(() => t.log(record as never)).toThrow(TypeError);
  });

  it.each([
    ["an empty id", "", 1],
    ["a missing label", "p0", undefined],
    ["a null label", "p0", null],
    ["an object label", "p0", { a: 1 }],
  ])("label() throws a TypeError for %s", (_, id, label) => {
    expect(() => t.label(id as string, label as never)).toThrow(TypeError);
  });

  it.each([
    ["no url", { url: "" }, TypeError],
    ["no apiKey", { apiKey: undefined }, TypeError],
    ["batchSize 0", { batchSize: 0 }, RangeError],
    ["batchSize over the server's 10,000", { batchSize: 10_001 }, RangeError],
    ["a fractional flush interval", { flushIntervalMs: 0.5 }, RangeError],
    ["negative retries", { maxRetries: -1 }, RangeError],
  ])("the constructor refuses %s", (_, override, type) => {
    expect(() => new Telltale({ ...valid, ...override } as never)).toThrow(type);
  });

  it("queues nothing for rejected input", () => {
    expect(t.stats()).toMatchObject({ buffered: 0, labels: { buffered: 0 } });
  });
});
