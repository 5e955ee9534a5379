import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Notification } from "../notification.js";
import {
  firingNotification,
  fixtureAlert,
  HOSTILE,
  hostileNotification,
  resolvedNotification,
} from "./notification-fixtures.test-support.js";
import { type HttpReceiver, startHttpReceiver } from "./receivers.test-support.js";
import { sendSlack } from "./send-slack.js";

let receiver: HttpReceiver;
beforeAll(async () => {
  receiver = await startHttpReceiver((r) =>
    r.path.includes("revoked") ? { status: 403, body: "invalid_token" } : { status: 200, body: "ok" },
  );
});
afterAll(() => receiver.close());
beforeEach(() => {
  receiver.requests.length = 0;
});

interface Block {
  type: string;
  text?: { type: string; text: string };
  fields?: { type: string; text: string }[];
  elements?: { type: string; text: string }[];
  accessory?: { type: string; text: { text: string }; url: string };
}

async function send(notification: Notification): Promise<{ text: string; blocks: Block[] }> {
  const result = await sendSlack(notification, {
    type: "slack",
    webhookUrl: `${receiver.url}/services/T0/B0/X`,
  });
  expect(result).toEqual({ ok: true, status: 200, response: "ok" });
  expect(receiver.requests).toHaveLength(1);
  const request = receiver.requests[0]!;
  expect(request.path).toBe("/services/T0/B0/X");
  expect(request.headers["content-type"]).toBe("application/json");
  return JSON.parse(request.body.toString("utf8"));
}

describe("sendSlack", () => {
  it("sends a header, severity and model fields, one section per alert with a dashboard button, and a text fallback", async () => {
    const message = await send(firingNotification);
    expect(message.text).toBe(
      "[FIRING:2] accuracy drop (fraud-model): accuracy 0.8123 vs 0.9 (version v3, segment eu)",
    );
    const [header, facts, eu, us, footer, ...rest] = message.blocks;
    expect(rest).toEqual([]);
    expect(header).toEqual({
      type: "header",
      text: {
        type: "plain_text",
        text: ":rotating_light: [FIRING:2] accuracy drop (fraud-model)",
        emoji: true,
      },
    });
    expect(facts!.fields!.map((f) => f.text)).toEqual([
      "*Severity*\ncritical",
      "*Model*\nfraud-model",
      "*Monitor*\naccuracy drop",
      "*Alerts*\n2 firing, 0 resolved",
    ]);
    expect(eu!.text!.text).toBe(
      [
        ":red_circle: *firing* · accuracy 0.8123 vs 0.9 (version v3, segment eu)",
        "_accuracy 0.8123 &lt; 0.9 over the last 1h (1,204 labelled predictions)_",
        "since 2026-10-25T10:05:00.000Z",
      ].join("\n"),
    );
    expect(us!.text!.text).toContain("accuracy 0.85 vs 0.9 (version v3, segment us)");
    expect(eu!.accessory).toEqual({
      type: "button",
      text: { type: "plain_text", text: "Dashboard", emoji: true },
      url: firingNotification.alerts[0]!.dashboardUrl,
    });
    expect(footer).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: `Telltale · <${firingNotification.externalUrl}|open>` }],
    });
  });

  it("says resolved with the alert's span", async () => {
    const message = await send(resolvedNotification);
    expect(message.blocks[0]!.text!.text).toBe(":white_check_mark: [RESOLVED] accuracy drop (fraud-model)");
    expect(message.blocks[2]!.text!.text).toMatch(
      /^:large_green_circle: \*resolved\* · accuracy 0\.93 vs 0\.9 .*\n2026-10-25T10:05:00\.000Z to 2026-10-25T11:05:00\.000Z$/s,
    );
  });

  it("escapes &, < and > from users in mrkdwn, and keeps plain text as it is", async () => {
    const message = await send(hostileNotification);
    const mrkdwn = JSON.stringify(message.blocks.filter((b) => b.type !== "header"));
    expect(mrkdwn).not.toContain("<script>");
    expect(mrkdwn).not.toContain("<b>");
    expect(mrkdwn).toContain('&lt;script&gt;alert(\\"x\\")&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(message.blocks[0]!.text!.text).toContain(HOSTILE);
  });

  it("shows 20 alerts of a large group, says how many more, and stays within Slack's 50 blocks", async () => {
    const alerts = Array.from({ length: 45 }, (_, i) => fixtureAlert(`s${i}`));
    const message = await send({ ...firingNotification, alerts });
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(message.blocks.filter((b) => b.accessory !== undefined)).toHaveLength(20);
    expect(message.blocks.at(-1)!.elements![0]!.text).toMatch(/^…and 25 more · Telltale/);
  });

  it("cuts a header longer than Slack's 150 characters", async () => {
    const message = await send({ ...firingNotification, monitor: { id: "m", name: "x".repeat(400) } });
    expect(Array.from(message.blocks[0]!.text!.text).length).toBe(150);
  });

  it("returns Slack's refusal as not ok", async () => {
    const result = await sendSlack(firingNotification, {
      type: "slack",
      webhookUrl: `${receiver.url}/services/revoked`,
    });
    expect(result).toEqual({ ok: false, status: 403, response: "invalid_token" });
  });
});
