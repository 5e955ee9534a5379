import { createHmac } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { firingNotification, resolvedNotification } from "./notification-fixtures.test-support.js";
import { type HttpReceiver, startHttpReceiver } from "./receivers.test-support.js";
import { sendWebhook } from "./send-webhook.js";
import { ZERO_TIME } from "./webhook-payload.js";

let receiver: HttpReceiver;
beforeAll(async () => {
  receiver = await startHttpReceiver((r) =>
    r.path === "/down" ? { status: 500, body: "receiver is down" } : { status: 200, body: "thanks" },
  );
});
afterAll(() => receiver.close());
beforeEach(() => {
  receiver.requests.length = 0;
});

const received = () => {
  expect(receiver.requests).toHaveLength(1);
  const request = receiver.requests[0]!;
  return { request, body: JSON.parse(request.body.toString("utf8")) };
};

describe("sendWebhook", () => {
  it("POSTs Alertmanager's webhook v4 body for a firing group, endsAt the zero time", async () => {
    const result = await sendWebhook(
      firingNotification,
      { type: "webhook", url: `${receiver.url}/hook?team=risk` },
      { receiver: "risk-hook" },
    );
    expect(result).toEqual({ ok: true, status: 200, response: "thanks" });
    const { request, body } = received();
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/hook?team=risk");
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers["x-telltale-signature"]).toBeUndefined();
    const [eu, us] = firingNotification.alerts;
    expect(body).toEqual({
      version: "4",
      groupKey: "fraud-model/mon_7f3a",
      truncatedAlerts: 0,
      status: "firing",
      receiver: "risk-hook",
      groupLabels: { alertname: "accuracy drop", model: "fraud-model", monitor: "mon_7f3a" },
      commonLabels: {
        team: "risk",
        alertname: "accuracy drop",
        model: "fraud-model",
        monitor: "mon_7f3a",
        severity: "critical",
        metric: "accuracy",
        version: "v3",
      },
      commonAnnotations: {},
      externalURL: firingNotification.externalUrl,
      alerts: [eu!, us!].map((a) => ({
        status: "firing",
        labels: a.labels,
        annotations: a.annotations,
        startsAt: a.startsAt,
        endsAt: ZERO_TIME,
        generatorURL: a.dashboardUrl,
        fingerprint: a.fingerprint,
        model: "fraud-model",
        version: "v3",
        metric: "accuracy",
        value: a.value,
        threshold: 0.9,
        dashboardURL: a.dashboardUrl,
      })),
      model: "fraud-model",
      monitor: { id: "mon_7f3a", name: "accuracy drop" },
      severity: "critical",
      test: false,
    });
    expect(ZERO_TIME).toBe("0001-01-01T00:00:00Z");
  });

  it("sends a resolved alert with its end, and every label and annotation common to one alert", async () => {
    await sendWebhook(resolvedNotification, { type: "webhook", url: `${receiver.url}/hook` });
    const { body } = received();
    const [alert] = resolvedNotification.alerts;
    expect(body).toMatchObject({
      status: "resolved",
      receiver: "telltale",
      commonLabels: alert!.labels,
      commonAnnotations: alert!.annotations,
      alerts: [
        { status: "resolved", startsAt: alert!.startsAt, endsAt: "2026-10-25T11:05:00.000Z", value: 0.93 },
      ],
    });
  });

  it.each(["s3cret", "ключ 🔑"])("signs the exact body bytes with secret %j", async (secret) => {
    await sendWebhook(firingNotification, { type: "webhook", url: `${receiver.url}/hook`, secret });
    const { request } = received();
    const expected = createHmac("sha256", Buffer.from(secret, "utf8")).update(request.body).digest("hex");
    expect(request.headers["x-telltale-signature"]).toBe(`sha256=${expected}`);
    const other = createHmac("sha256", "other").update(request.body).digest("hex");
    expect(request.headers["x-telltale-signature"]).not.toBe(`sha256=${other}`);
  });

  it("says test: true for a channel test", async () => {
    await sendWebhook(
      { ...firingNotification, test: true },
      { type: "webhook", url: `${receiver.url}/hook` },
    );
    expect(received().body.test).toBe(true);
  });

  it("returns a 500 answer as not ok, with its body", async () => {
    const result = await sendWebhook(firingNotification, { type: "webhook", url: `${receiver.url}/down` });
    expect(result).toEqual({ ok: false, status: 500, response: "receiver is down" });
  });
});
