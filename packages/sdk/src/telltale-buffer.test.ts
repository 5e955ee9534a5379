import { describe, expect, it } from "vitest";
import { clientFor, ids, prediction, useIngestServer } from "./test-server.test-support.js";

const server = useIngestServer();

describe("Telltale bounded buffer", () => {
  it("drops the oldest queued records past maxBuffered and counts them", async () => {
    const t = clientFor(server(), { batchSize: 5, maxBuffered: 10 });
    server().delayNext(1, 100);
    for (const id of ids(0, 30)) t.log(prediction(id));
    // p0–p4 are in flight, p20–p29 fill the queue, p5–p19 made room for them.
    expect(t.stats()).toMatchObject({ buffered: 15, dropped: 15 });
    await t.flush();
    expect(server().storedIds()).toEqual([...ids(0, 5), ...ids(20, 30)]);
    expect(t.stats()).toMatchObject({ buffered: 0, sent: 15, accepted: 15, dropped: 15, failed: 0 });
    await t.close();
  });

  it("flush() counts dropped records as settled", async () => {
    const t = clientFor(server(), { batchSize: 2, maxBuffered: 2 });
    server().delayNext(1, 100);
    for (const id of ids(0, 4)) t.log(prediction(id));
    const flushed = t.flush();
    for (const id of ids(4, 10)) t.log(prediction(id));
    await flushed;
    expect(server().storedIds().slice(0, 2)).toEqual(ids(0, 2));
    await t.close();
    expect(t.stats()).toMatchObject({ sent: 4, dropped: 6 });
  });

  it("never throws or waits in log() while the server is down, and reports every batch it lost", async () => {
    await server().stop();
    const errors: string[] = [];
    const t = clientFor(server(), { batchSize: 100, maxRetries: 1, onError: (e) => errors.push(e.code) });
    for (const id of ids(0, 2000)) expect(t.log(prediction(id))).toBeUndefined();
    expect(t.stats()).toMatchObject({ buffered: 2000, dropped: 0 });
    await t.close();
    expect(t.stats()).toMatchObject({ buffered: 0, sent: 0, failed: 2000, retries: 20 });
    expect(errors).toEqual(Array(20).fill("TELLTALE_SDK_RETRIES_EXHAUSTED"));
  });
});
