import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Notification } from "../notification.js";
import type { PagerDutyConfig } from "./channel-config.js";
import {
  firingNotification,
  fixtureAlert,
  resolvedNotification,
} from "./notification-fixtures.test-support.js";
import { type HttpReceiver, startHttpReceiver } from "./receivers.test-support.js";
import { sendPagerDuty } from "./send-pagerduty.js";

const ACCEPTED = '{"status":"success","message":"Event processed","dedup_key":"k"}';

let receiver: HttpReceiver;
let throttleAfter = Number.POSITIVE_INFINITY;
beforeAll(async () => {
  receiver = await startHttpReceiver(() =>
    receiver.requests.length > throttleAfter
      ? {
          status: 429,
          body: '{"status":"throttle event","message":"Requests for this service are arriving too quickly"}',
        }
      : { status: 202, body: ACCEPTED },
  );
});
afterAll(() => receiver.close());
beforeEach(() => {
  receiver.requests.length = 0;
  throttleAfter = Number.POSITIVE_INFINITY;
});

const config = (): PagerDutyConfig => ({
  type: "pagerduty",
  routingKey: "R0UTINGKEY0123456789abcdef012345",
  url: `${receiver.url}/v2/enqueue`,
});

const events = () =>
  receiver.requests.map((r) => {
    expect(r.method).toBe("POST");
    expect(r.path).toBe("/v2/enqueue");
    expect(r.headers["content-type"]).toBe("application/json");
    return JSON.parse(r.body.toString("utf8"));
  });

describe("sendPagerDuty", () => {
  it("triggers one event per firing alert, then resolves with the same dedup_key", async () => {
    const fired = await sendPagerDuty(firingNotification, config());
    expect(fired).toEqual({ ok: true, status: 202, response: `${ACCEPTED}\n${ACCEPTED}` });
    const [eu, us] = events();
    const alert = firingNotification.alerts[0]!;
    expect(eu).toEqual({
      routing_key: "R0UTINGKEY0123456789abcdef012345",
      event_action: "trigger",
      dedup_key: "telltale-3f9a1c0d5e7b2468",
      client: "Telltale",
      client_url: firingNotification.externalUrl,
      payload: {
        summary: "[FIRING] accuracy drop (fraud-model): accuracy 0.8123 vs 0.9 (version v3, segment eu)",
        source: "fraud-model@v3",
        severity: "critical",
        timestamp: "2026-10-25T10:05:00.000Z",
        component: "accuracy",
        group: "fraud-model",
        class: "accuracy drop",
        custom_details: {
          monitor: { id: "mon_7f3a", name: "accuracy drop" },
          groupKey: "fraud-model/mon_7f3a",
          fingerprint: "3f9a1c0d5e7b2468",
          metric: "accuracy",
          value: 0.812345,
          threshold: 0.9,
          version: "v3",
          reason: "accuracy 0.8123 < 0.9 over the last 1h (1,204 labelled predictions)",
          labels: alert.labels,
          startsAt: "2026-10-25T10:05:00.000Z",
          endsAt: null,
        },
      },
      links: [{ href: alert.dashboardUrl, text: "accuracy in Telltale" }],
    });
    expect(us).toMatchObject({ event_action: "trigger", dedup_key: "telltale-8e41b07c2d9f6a35" });

    receiver.requests.length = 0;
    expect((await sendPagerDuty(resolvedNotification, config())).ok).toBe(true);
    const [resolved, ...more] = events();
    expect(more).toEqual([]);
    expect(resolved).toMatchObject({
      event_action: "resolve",
      dedup_key: eu.dedup_key,
      payload: {
        summary: expect.stringMatching(/^\[RESOLVED\] accuracy drop/),
        timestamp: "2026-10-25T11:05:00.000Z",
      },
    });
  });

  it.each<[string, Notification, string]>([
    ["critical", firingNotification, "critical"],
    [
      "warning",
      {
        ...firingNotification,
        severity: "warning",
        alerts: [fixtureAlert("eu", { labels: { ...fixtureAlert("eu").labels, severity: "warning" } })],
      },
      "warning",
    ],
    ["a channel test", { ...firingNotification, test: true }, "info"],
  ])("maps %s to severity %s", async (_, notification, severity) => {
    await sendPagerDuty(notification, config());
    for (const event of events()) expect(event.payload.severity).toBe(severity);
  });

  it("keeps the summary within 1,024 characters", async () => {
    await sendPagerDuty({ ...firingNotification, monitor: { id: "m", name: "n".repeat(5000) } }, config());
    const [event] = events();
    expect(Array.from(event.payload.summary as string)).toHaveLength(1024);
    expect(event.payload.summary).toMatch(/^\[FIRING\] nnnn.*…$/);
  });

  it("sends one group event, keyed by the group, when there is no alert", async () => {
    await sendPagerDuty({ ...firingNotification, alerts: [] }, config());
    const [event, ...more] = events();
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      event_action: "trigger",
      payload: { summary: "[FIRING:0] accuracy drop (fraud-model)" },
    });
    expect(event.dedup_key).toMatch(/^telltale-group-[0-9a-f]{32}$/);
  });

  it("stops at the first refusal and returns it", async () => {
    throttleAfter = 1;
    const result = await sendPagerDuty(firingNotification, config());
    expect(result).toMatchObject({ ok: false, status: 429 });
    expect(result.response).toMatch(/throttle event/);
    expect(receiver.requests).toHaveLength(2);
  });
});
