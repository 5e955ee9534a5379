import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SmsConfig } from "./channel-config.js";
import { firingNotification, resolvedNotification } from "./notification-fixtures.test-support.js";
import { type HttpReceiver, startHttpReceiver } from "./receivers.test-support.js";
import { sendSms } from "./send-sms.js";

const CREATED = '{"sid":"SM0123","status":"queued"}';

let receiver: HttpReceiver;
beforeAll(async () => {
  receiver = await startHttpReceiver((r) =>
    r.headers.authorization ===
    `Basic ${Buffer.from("AC0123456789abcdef0123456789abcdef:t0ken").toString("base64")}`
      ? { status: 201, body: CREATED }
      : { status: 401, body: '{"code":20003,"message":"Authenticate"}' },
  );
});
afterAll(() => receiver.close());
beforeEach(() => {
  receiver.requests.length = 0;
});

const config = (extra: Partial<SmsConfig> = {}): SmsConfig => ({
  type: "sms",
  to: "+15550001111",
  from: "+15550002222",
  accountSid: "AC0123456789abcdef0123456789abcdef",
  authToken: "t0ken",
  baseUrl: `${receiver.url}/twilio/`,
  ...extra,
});

describe("sendSms", () => {
  it("POSTs To, From and a short Body form-encoded to the account's Messages resource with Basic auth", async () => {
    const result = await sendSms(firingNotification, config());
    expect(result).toEqual({ ok: true, status: 201, response: CREATED });
    expect(receiver.requests).toHaveLength(1);
    const request = receiver.requests[0]!;
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/twilio/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json");
    expect(request.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    const form = new URLSearchParams(request.body.toString("utf8"));
    expect([...form.keys()]).toEqual(["To", "From", "Body"]);
    expect(form.get("To")).toBe("+15550001111");
    expect(form.get("From")).toBe("+15550002222");
    expect(form.get("Body")).toBe(
      `[FIRING:2] accuracy drop (fraud-model): accuracy 0.8123 vs 0.9 (version v3, segment eu) +1 more ${firingNotification.alerts[0]!.dashboardUrl}`,
    );
  });

  it("says a resolved group with its link", async () => {
    await sendSms(resolvedNotification, config());
    const body = new URLSearchParams(receiver.requests[0]!.body.toString("utf8")).get("Body");
    expect(body).toBe(
      `[RESOLVED] accuracy drop (fraud-model): accuracy 0.93 vs 0.9 (version v3, segment eu) ${resolvedNotification.alerts[0]!.dashboardUrl}`,
    );
  });

  it("cuts the words of long names to keep the body at 320 characters with the link", async () => {
    const notification = {
      ...firingNotification,
      model: "m".repeat(400),
      monitor: { id: "x", name: "ñ".repeat(400) },
    };
    await sendSms(notification, config());
    const body = new URLSearchParams(receiver.requests[0]!.body.toString("utf8")).get("Body")!;
    expect(body).toMatch(/^\[FIRING:2\] ñññ.*… http:\/\/telltale\.example\.com:4100\/api\/v1\/models\//);
    expect(body.endsWith(firingNotification.alerts[0]!.dashboardUrl)).toBe(true);
    expect(Array.from(body).length).toBe(320);
  });

  it("returns Twilio's refusal of a wrong token as not ok, with its body", async () => {
    const result = await sendSms(firingNotification, config({ authToken: "wrong" }));
    expect(result).toEqual({ ok: false, status: 401, response: '{"code":20003,"message":"Authenticate"}' });
  });
});
