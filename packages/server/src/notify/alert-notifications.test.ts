import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestServer } from "../http/test-server.test-support.js";

const MIN = 60_000;
const T0 = Date.UTC(2026, 9, 25);
let clock = T0;
const api = useTestServer({ monitorTickMs: 0, now: () => clock });

interface Received {
  readonly path: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: string;
}

/** Local receivers: one HTTP server that records every request, one SMTP server that parses every message. */
const http: Received[] = [];
const mail: { subject: string; text: string; html: string; to: string }[] = [];
let httpServer: Server;
let smtp: SMTPServer;
let httpUrl = "";
let smtpPort = 0;

beforeAll(async () => {
  httpServer = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      http.push({ path: request.url ?? "", headers: request.headers, body });
      response.writeHead(request.url?.includes("Messages.json") ? 201 : 202, {
        "content-type": "application/json",
      });
      response.end('{"status":"accepted"}');
    });
  });
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  httpUrl = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          mail.push({
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            to: parsed.to && !Array.isArray(parsed.to) ? parsed.to.text : "",
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});

afterAll(async () => {
  httpServer.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const hits = (path: string) => http.filter((r) => r.path.startsWith(path));

/** 200 predictions in the 5 minutes before `clock`; `shift` moves feature x. */
async function traffic(step: number, shift: number) {
  const records = Array.from({ length: 200 }, (_, i) => ({
    id: `s${step}-${i}`,
    version: "v1",
    timestamp: clock - 5 * MIN + i * 1000,
    features: { x: (i % 50) + shift },
    prediction: i % 2,
  }));
  expect(
    (await api.call("POST", "/api/v1/models/notify/predictions", { body: { records } })).body.accepted,
  ).toBe(200);
}

async function step(shift: number | null) {
  clock += 5 * MIN;
  if (shift !== null) await traffic(clock, shift);
  await api.server().scheduler.tick();
  await api.server().deliveryWorker.tick();
}

describe("alert notifications", () => {
  it("sends one firing and one resolved notice per channel, signed, shaped for each receiver", async () => {
    await api.call("POST", "/api/v1/models", {
      body: { name: "notify", task: "binary", features: [{ name: "x", kind: "numerical" }] },
    });
    await api.call("POST", "/api/v1/models/notify/versions", { body: { version: "v1" } });
    const reference = ["x", ...Array.from({ length: 500 }, (_, i) => String(i % 50))].join("\n");
    await api.call("PUT", "/api/v1/models/notify/versions/v1/reference", {
      body: `${reference}\n`,
      type: "text/csv",
    });

    const channel = async (name: string, config: Record<string, unknown>) => {
      const answer = await api.call("POST", "/api/v1/channels", { body: { name, config } });
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      return answer.body;
    };
    const webhook = await channel("hook", { type: "webhook", url: `${httpUrl}/hook`, secret: "s3cret" });
    expect(webhook.config.secret).toBe("***");
    const slack = await channel("slack", { type: "slack", webhookUrl: `${httpUrl}/slack/T000/B000/XXXX` });
    const pager = await channel("pd", {
      type: "pagerduty",
      routingKey: "R0UT1NG",
      url: `${httpUrl}/pagerduty`,
    });
    const sms = await channel("sms", {
      type: "sms",
      to: "+15550001111",
      from: "+15550002222",
      accountSid: "AC123",
      authToken: "tok",
      baseUrl: `${httpUrl}/twilio`,
    });
    const email = await channel("mail", {
      type: "email",
      to: ["oncall@example.com"],
      from: "telltale@example.com",
      smtp: { host: "127.0.0.1", port: smtpPort, secure: false },
    });
    const listed = (await api.call("GET", "/api/v1/channels")).body.channels;
    expect(JSON.stringify(listed)).not.toMatch(/s3cret|R0UT1NG|XXXX|"tok"/);

    // Remediation: roll the champion back to its previous version, and tell the retraining pipeline.
    await api.call("POST", "/api/v1/models/notify/versions", { body: { version: "v2" } });
    await api.call("PUT", "/api/v1/models/notify/aliases/champion", { body: { version: "v1" } });
    await api.call("PUT", "/api/v1/models/notify/aliases/champion", { body: { version: "v2" } });
    const rollback = (
      await api.call("POST", "/api/v1/models/notify/actions", {
        body: { type: "rollback", alias: "champion" },
      })
    ).body;
    expect(rollback).toMatchObject({
      type: "rollback",
      alias: "champion",
      to: "previous",
      cooldown: "1h",
      dryRun: false,
    });
    const retrain = (
      await api.call("POST", "/api/v1/models/notify/actions", {
        body: { type: "webhook", name: "retrain", url: `${httpUrl}/retrain`, secret: "pipeline" },
      })
    ).body;
    expect(retrain.secret).toBe("***");

    const monitor = await api.call("POST", "/api/v1/models/notify/monitors", {
      body: {
        name: "x drift",
        metric: "drift.x",
        window: "5m",
        every: "5m",
        for: "10m",
        minCount: 50,
        severity: "critical",
        condition: { type: "threshold", op: ">", value: 0.3 },
        channels: [webhook.id, slack.id, pager.id, sms.id, email.id],
        actions: [rollback.id, retrain.id],
      },
    });
    expect(monitor.status, JSON.stringify(monitor.body)).toBe(201);
    const bad = await api.call("POST", "/api/v1/models/notify/monitors", {
      body: {
        name: "n",
        metric: "count",
        condition: { type: "threshold", op: "<", value: 1 },
        channels: ["chn_nope"],
      },
    });
    expect(bad.status).toBe(400);

    await step(0);
    await step(40);
    await step(40);
    expect(http).toEqual([]);
    await step(40); // firing now; the group waits 30 s, the actions start at once
    await api.server().actionRunner.drain();
    expect(http.map((r) => r.path)).toEqual(["/retrain"]);
    const call = http.shift()!;
    expect(call.headers["x-telltale-signature"]).toBe(
      `sha256=${createHmac("sha256", "pipeline").update(call.body).digest("hex")}`,
    );
    expect(JSON.parse(call.body)).toMatchObject({
      model: "notify",
      alert: { state: "firing" },
      monitor: { metric: "drift.x" },
    });
    const champion = (await api.call("GET", "/api/v1/models/notify/aliases/champion")).body;
    expect(champion.version).toBe("v1");
    const history = (await api.call("GET", "/api/v1/models/notify/aliases/champion/history")).body;
    expect(JSON.stringify(history)).toContain(`action:${rollback.id}`);
    const runs = (await api.call("GET", `/api/v1/models/notify/actions/${rollback.id}/runs`)).body.runs;
    expect(runs).toEqual([
      expect.objectContaining({ status: "done", detail: "moved champion from v2 to v1" }),
    ]);
    clock += 30_000;
    await api.server().scheduler.tick();
    await api.server().deliveryWorker.tick();

    const [hook] = hits("/hook");
    expect(hits("/hook")).toHaveLength(1);
    const expected = createHmac("sha256", "s3cret").update(hook!.body).digest("hex");
    expect(hook!.headers["x-telltale-signature"]).toBe(`sha256=${expected}`);
    const payload = JSON.parse(hook!.body);
    expect(payload).toMatchObject({ version: "4", status: "firing", groupKey: expect.any(String) });
    expect(payload.alerts).toHaveLength(1);
    expect(payload.alerts[0]).toMatchObject({
      status: "firing",
      labels: { alertname: "x drift", model: "notify", severity: "critical", metric: "drift.x" },
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(hits("/slack")).toHaveLength(1);
    expect(JSON.parse(hits("/slack")[0]!.body).blocks.length).toBeGreaterThan(0);
    const pd = JSON.parse(hits("/pagerduty")[0]!.body);
    expect(pd).toMatchObject({
      routing_key: "R0UT1NG",
      event_action: "trigger",
      payload: { severity: "critical" },
    });
    const twilio = hits("/twilio")[0]!;
    expect(twilio.path).toBe("/twilio/2010-04-01/Accounts/AC123/Messages.json");
    expect(new URLSearchParams(twilio.body).get("Body")).toMatch(/x drift/);
    expect(twilio.headers.authorization).toBe(`Basic ${Buffer.from("AC123:tok").toString("base64")}`);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toMatch(/FIRING.*x drift/);
    expect(mail[0]!.to).toBe("oncall@example.com");

    // Still firing, nothing changed: no repeat before 4 h.
    await step(40);
    expect(hits("/hook")).toHaveLength(1);

    // Clean data: resolved, one notice per channel after the group interval.
    await step(0);
    for (let i = 0; i < 2; i++) await step(0);
    expect(hits("/hook")).toHaveLength(2);
    expect(JSON.parse(hits("/hook")[1]!.body)).toMatchObject({ status: "resolved" });
    const resolvedPd = JSON.parse(hits("/pagerduty")[1]!.body);
    expect(resolvedPd).toMatchObject({ event_action: "resolve", dedup_key: pd.dedup_key });
    expect(hits("/slack")).toHaveLength(2);
    expect(hits("/twilio")).toHaveLength(2);
    expect(mail).toHaveLength(2);
    expect(mail[1]!.subject).toMatch(/RESOLVED/);

    const alert = (await api.call("GET", "/api/v1/alerts?model=notify")).body.alerts[0];
    const deliveries = (await api.call("GET", `/api/v1/deliveries?alert=${alert.id}`)).body.deliveries;
    expect(deliveries).toHaveLength(10);
    expect(deliveries.every((d: { status: string }) => d.status === "sent")).toBe(true);

    // A silence mutes the next episode's notices; the alert still fires and says it is silenced.
    const silence = await api.call("POST", "/api/v1/silences", {
      body: {
        matchers: { model: "notify" },
        endsAt: new Date(clock + 3_600_000).toISOString(),
        comment: "deploy",
      },
    });
    expect(silence.status).toBe(201);
    for (let i = 0; i < 4; i++) await step(40);
    clock += 30_000;
    await api.server().scheduler.tick();
    await api.server().deliveryWorker.tick();
    const firing = (await api.call("GET", "/api/v1/alerts?model=notify&state=firing")).body.alerts;
    expect(firing).toHaveLength(1);
    expect(firing[0].silencedBy).toBe(silence.body.id);
    expect(hits("/hook")).toHaveLength(2);
  });
});
