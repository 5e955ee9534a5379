import { describe, expect, it } from "vitest";
import { ADMIN_KEY, useTestServer } from "../http/test-server.test-support.js";

const MIN = 60_000;
const T0 = Date.UTC(2026, 9, 20);
let clock = T0;
const api = useTestServer({ monitorTickMs: 0, now: () => clock });
const iso = (ms: number) => new Date(ms).toISOString();

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

/** 100 predictions in the 5 minutes before `clock`, `correct` of them right. */
async function traffic(step: number, correct: number) {
  const records = Array.from({ length: 100 }, (_, i) => ({
    id: `s${step}-${i}`,
    version: "v1",
    timestamp: clock - 5 * MIN + i * 1000,
    features: { x: i },
    prediction: i % 2,
    label: i < correct ? i % 2 : 1 - (i % 2),
  }));
  await api.call("POST", "/api/v1/models/ev/predictions", { body: { records } });
}

describe("live alert events", () => {
  it("publishes each change of a model's alert on its event stream, after it is stored", async () => {
    await api.call("POST", "/api/v1/models", { body: { name: "ev", task: "binary", positiveLabel: "1" } });
    await api.call("POST", "/api/v1/models/ev/versions", { body: { version: "v1" } });
    const monitor = (
      await api.call("POST", "/api/v1/models/ev/monitors", {
        body: {
          name: "accuracy drop",
          metric: "accuracy",
          window: "5m",
          every: "5m",
          for: "5m",
          minCount: 50,
          condition: { type: "threshold", op: "<", value: 0.8 },
        },
      })
    ).body;
    const controller = new AbortController();
    const stream = await fetch(`${api.url()}/api/v1/models/ev/events`, {
      headers: { authorization: `Bearer ${ADMIN_KEY}` },
      signal: controller.signal,
    });
    const events = readEvents(stream, "alert", 5);
    // What the store held when each event was published: the change must already be there.
    const { services, scheduler } = api.server();
    const seen: Promise<{ event: Record<string, unknown>; stored: string | undefined }>[] = [];
    const unsubscribe = services.events.subscribe("ev", (event) => {
      if (event.type !== "alert") return;
      const data = event.data as Record<string, unknown>;
      seen.push(
        services.alerts
          .list({ model: "ev", limit: 10 })
          .then((alerts) => ({ event: data, stored: alerts.find((a) => a.id === data.id)?.state })),
      );
    });
    let checked = 0;
    // ok; pending; firing; still firing (no change, no event); resolved; a new episode pending; back to ok.
    for (const [step, correct] of [
      [1, 95],
      [2, 50],
      [3, 50],
      [4, 50],
      [5, 95],
      [6, 40],
      [7, 95],
    ] as const) {
      clock = T0 + step * 5 * MIN;
      await traffic(step, correct);
      await scheduler.tick();
      for (const { event, stored } of await Promise.all(seen.splice(0))) {
        expect(stored).toBe(event.state);
        checked++;
      }
    }
    expect(checked).toBe(5);
    unsubscribe();
    const received = await events;
    controller.abort();
    const [second, first] = (await services.alerts.list({ model: "ev", limit: 10 })).map((a) => a.id);
    const event = (id: string | undefined, state: string, value: number, minutes: number) => ({
      id,
      monitorId: monitor.id,
      state,
      value,
      at: iso(T0 + minutes * MIN),
    });
    expect(received).toEqual([
      event(first, "pending", 0.5, 10),
      event(first, "firing", 0.5, 15),
      event(first, "resolved", 0.95, 25),
      event(second, "pending", 0.4, 30),
      event(second, "ok", 0.95, 35),
    ]);
  });
});
