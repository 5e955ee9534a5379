import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ChannelConfig } from "./channel-config.js";
import { ChannelUnreachableError, sendNotification } from "./index.js";
import { firingNotification } from "./notification-fixtures.test-support.js";
import {
  closedPort,
  type HttpReceiver,
  type SmtpReceiver,
  startHttpReceiver,
  startSmtpReceiver,
} from "./receivers.test-support.js";

let http: HttpReceiver;
let smtp: SmtpReceiver;
let deadPort = 0;
beforeAll(async () => {
  http = await startHttpReceiver((r) =>
    r.path.startsWith("/down") ? { status: 500, body: "internal error" } : { status: 200, body: "ok" },
  );
  smtp = await startSmtpReceiver({ refuse: ["down@example.com"] });
  deadPort = await closedPort();
});
afterAll(async () => {
  await http.close();
  await smtp.close();
});
beforeEach(() => {
  http.requests.length = 0;
  smtp.messages.length = 0;
});

/** Each channel type, pointed at the local receivers under `path` (or at recipient `user` for email). */
const configs = (
  base: () => string,
  path: string,
  smtpPort: () => number,
  user: string,
): [string, () => ChannelConfig][] => [
  ["webhook", () => ({ type: "webhook", url: `${base()}/${path}/hook`, secret: "s" })],
  ["slack", () => ({ type: "slack", webhookUrl: `${base()}/${path}/slack` })],
  ["pagerduty", () => ({ type: "pagerduty", routingKey: "rk", url: `${base()}/${path}/pd` })],
  [
    "sms",
    () => ({
      type: "sms",
      to: "+15550001111",
      from: "+15550002222",
      accountSid: "AC1",
      authToken: "t",
      baseUrl: `${base()}/${path}`,
    }),
  ],
  [
    "email",
    () => ({
      type: "email",
      to: [`${user}@example.com`],
      from: "telltale@example.com",
      smtp: { host: "127.0.0.1", port: smtpPort(), secure: false },
    }),
  ],
];

describe("sendNotification", () => {
  it.each(
    configs(
      () => http.url,
      "up",
      () => smtp.port,
      "oncall",
    ),
  )("delivers through %s", async (type, config) => {
    const result = await sendNotification(firingNotification, config());
    expect(result.ok).toBe(true);
    const reached = type === "email" ? smtp.messages.length : http.requests.length;
    expect(reached).toBe(type === "pagerduty" ? 2 : 1);
    if (type !== "email") expect(http.requests.every((r) => r.path.startsWith("/up/"))).toBe(true);
  });

  it.each(
    configs(
      () => http.url,
      "down",
      () => smtp.port,
      "down",
    ),
  )("returns a refusal by %s as not ok with the answer", async (type, config) => {
    const result = await sendNotification(firingNotification, config());
    expect(result.ok).toBe(false);
    if (type === "email")
      expect(result).toMatchObject({ status: 550, response: expect.stringMatching(/mailbox unavailable/) });
    else expect(result).toEqual({ ok: false, status: 500, response: "internal error" });
  });

  it.each(
    configs(
      () => `http://127.0.0.1:${deadPort}`,
      "x",
      () => deadPort,
      "oncall",
    ),
  )("throws when %s finds nothing listening", async (_, config) => {
    await expect(sendNotification(firingNotification, config(), { timeoutMs: 2000 })).rejects.toBeInstanceOf(
      ChannelUnreachableError,
    );
  });

  it("answers not ok for a stored config of a type it does not know", async () => {
    const config = { type: "teams", url: http.url } as unknown as ChannelConfig;
    expect(await sendNotification(firingNotification, config)).toEqual({
      ok: false,
      status: 0,
      response: "unknown channel type 'teams'",
    });
    expect(http.requests).toEqual([]);
  });
});
