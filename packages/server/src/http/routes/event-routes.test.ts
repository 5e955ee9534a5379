import { describe, expect, it } from "vitest";
import { ADMIN_KEY, useTestServer } from "../test-server.test-support.js";

const api = useTestServer({ heartbeatMs: 50 });

/** Reads SSE frames from a live stream until `count` frames of `type` arrived. */
async function readEvents(response: Response, type: string, count: number): Promise<unknown[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const found: unknown[] = [];
  while (found.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf("\n\n");
    while (end >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(frame)?.[1];
      const data = /^data: (.*)$/m.exec(frame)?.[1];
      if (event === type && data !== undefined) found.push(JSON.parse(data));
      end = buffer.indexOf("\n\n");
    }
  }
  await reader.cancel();
  return found;
}

describe("live events", () => {
  it("streams one event per committed ingest batch with counts and a running summary", async () => {
    await api.call("POST", "/api/v1/models", { body: { name: "live", task: "binary" } });
    await api.call("POST", "/api/v1/models/live/versions", { body: { version: "v1" } });
    const controller = new AbortController();
    const stream = await fetch(`${api.url()}/api/v1/models/live/events`, {
      headers: { authorization: `Bearer ${ADMIN_KEY}` },
      signal: controller.signal,
    });
    expect(stream.status).toBe(200);
    expect(stream.headers.get("content-type")).toContain("text/event-stream");
    const events = readEvents(stream, "ingest", 2);
    const rec = (id: string) => ({ id, version: "v1", features: { x: 1 }, prediction: 1 });
    await api.call("POST", "/api/v1/models/live/predictions", { body: { records: [rec("a"), rec("b")] } });
    await api.call("POST", "/api/v1/models/live/predictions", {
      body: { records: [rec("b"), rec("c"), { id: "d" }] },
    });
    const [first, second] = (await events) as Record<string, any>[];
    expect(first).toMatchObject({
      model: "live",
      accepted: 2,
      duplicates: 0,
      rejected: 0,
      sinceStart: { accepted: 2 },
    });
    expect(second).toMatchObject({
      accepted: 1,
      duplicates: 1,
      rejected: 1,
      sinceStart: { accepted: 3, duplicates: 1, batches: 2 },
    });
    controller.abort();
  });

  it("answers 404 for an unknown model before opening a stream", async () => {
    const answer = await api.call("GET", "/api/v1/models/ghost/events");
    expect(answer.status).toBe(404);
  });

  it("sends heartbeats on an idle stream", async () => {
    await api.call("POST", "/api/v1/models", { body: { name: "idle", task: "binary" } });
    const controller = new AbortController();
    const stream = await fetch(`${api.url()}/api/v1/models/idle/events`, {
      headers: { authorization: `Bearer ${ADMIN_KEY}` },
      signal: controller.signal,
    });
    const beats = (await readEvents(stream, "heartbeat", 2)) as { at: string }[];
    expect(beats).toHaveLength(2);
    expect(Number.isNaN(Date.parse(beats[0]!.at))).toBe(false);
    controller.abort();
  });
});
