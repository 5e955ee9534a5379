import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { EmailConfig } from "./channel-config.js";
import { ChannelUnreachableError } from "./channel-unreachable-error.js";
import {
  firingNotification,
  HOSTILE,
  hostileNotification,
  resolvedNotification,
} from "./notification-fixtures.test-support.js";
import { closedPort, type SmtpReceiver, startSmtpReceiver } from "./receivers.test-support.js";
import { sendEmail } from "./send-email.js";

let open: SmtpReceiver;
let guarded: SmtpReceiver;
beforeAll(async () => {
  open = await startSmtpReceiver({ refuse: ["nobody@example.com"] });
  guarded = await startSmtpReceiver({ auth: { user: "telltale", pass: "smtp-pa55" } });
});
afterAll(async () => {
  await open.close();
  await guarded.close();
});
beforeEach(() => {
  open.messages.length = 0;
  guarded.messages.length = 0;
});

const config = (port: number, extra: Partial<EmailConfig> = {}): EmailConfig => ({
  type: "email",
  to: ["oncall@example.com", "ml-team@example.com"],
  from: "Telltale <telltale@example.com>",
  smtp: { host: "127.0.0.1", port, secure: false },
  ...extra,
});

describe("sendEmail", () => {
  it("sends the subject Alertmanager would, with a text and an HTML part, to every recipient", async () => {
    const result = await sendEmail(firingNotification, config(open.port));
    expect(result.ok).toBe(true);
    expect(result.status).toBe(250);
    expect(open.messages).toHaveLength(1);
    const { mail, rcptTo } = open.messages[0]!;
    expect(rcptTo).toEqual(["oncall@example.com", "ml-team@example.com"]);
    expect(mail.subject).toBe("[FIRING:2] accuracy drop (fraud-model)");
    expect(mail.from?.value).toEqual([{ address: "telltale@example.com", name: "Telltale" }]);
    expect(Array.isArray(mail.to) ? [] : mail.to?.value.map((a) => a.address)).toEqual([
      "oncall@example.com",
      "ml-team@example.com",
    ]);
    const [eu, us] = firingNotification.alerts;
    expect(mail.text).toBe(
      [
        "[FIRING:2] accuracy drop (fraud-model)",
        "",
        "Model: fraud-model",
        "Monitor: accuracy drop",
        "Severity: critical",
        "",
        "Firing (2)",
        "- accuracy 0.8123 vs 0.9 (version v3, segment eu)",
        "  accuracy 0.8123 < 0.9 over the last 1h (1,204 labelled predictions)",
        "  labels: team=risk",
        "  since 2026-10-25T10:05:00.000Z",
        `  ${eu!.dashboardUrl}`,
        "- accuracy 0.85 vs 0.9 (version v3, segment us)",
        "  accuracy 0.85 < 0.9 over the last 1h (980 labelled predictions)",
        "  labels: team=risk",
        "  since 2026-10-25T10:10:00.000Z",
        `  ${us!.dashboardUrl}`,
        "",
        `Telltale: ${firingNotification.externalUrl}`,
        "",
      ].join("\n"),
    );
    const html = String(mail.html);
    expect(html).toContain("<h2");
    expect(html).toContain("[FIRING:2] accuracy drop (fraud-model)</h2>");
    expect(html).toContain("<h3>Firing (2)</h3>");
    expect(html).toContain("<b>0.8123</b>");
    expect(html).toContain("accuracy 0.8123 &lt; 0.9 over the last 1h");
    expect(html).toContain(`<a href="${eu!.dashboardUrl.replace(/&/g, "&amp;")}">dashboard</a>`);
    expect(html).not.toContain("Resolved (");
  });

  it("says resolved with the alert's span", async () => {
    await sendEmail(resolvedNotification, config(open.port));
    const { mail } = open.messages[0]!;
    expect(mail.subject).toBe("[RESOLVED] accuracy drop (fraud-model)");
    expect(mail.text).toContain("Resolved (1)\n- accuracy 0.93 vs 0.9 (version v3, segment eu)");
    expect(mail.text).toContain("from 2026-10-25T10:05:00.000Z to 2026-10-25T11:05:00.000Z");
    expect(mail.text).not.toContain("Firing (");
    expect(String(mail.html)).toContain("<h3>Resolved (1)</h3>");
  });

  it("escapes model names, labels and reasons in the HTML part", async () => {
    await sendEmail(hostileNotification, config(open.port));
    const { mail } = open.messages[0]!;
    const html = String(mail.html);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>bold</b>");
    const escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;";
    expect(html).toContain(
      `<td style="padding:4px 8px;border-bottom:1px solid #e5e7eb;text-align:left;vertical-align:top">${escaped}</td>`,
    );
    expect(html).toContain(`reason ${escaped}<br>labels: owner=${escaped}, team=risk`);
    expect(mail.text).toContain(`Model: ${HOSTILE}`);
    expect(mail.subject).toBe(`[FIRING:1] drop ${HOSTILE} (${HOSTILE})`);
  });

  it("logs in with the configured user", async () => {
    const result = await sendEmail(
      firingNotification,
      config(guarded.port, {
        smtp: { host: "127.0.0.1", port: guarded.port, secure: false, user: "telltale", pass: "smtp-pa55" },
      }),
    );
    expect(result.ok).toBe(true);
    expect(guarded.messages).toHaveLength(1);
  });

  it.each([
    ["a wrong password", { user: "telltale", pass: "wrong" }, 535, /Invalid username or password/],
    ["no credentials", {}, 530, /Authentication Required/i],
  ])("returns the server's refusal for %s as not ok", async (_, auth, status, response) => {
    const result = await sendEmail(
      firingNotification,
      config(guarded.port, { smtp: { host: "127.0.0.1", port: guarded.port, secure: false, ...auth } }),
    );
    expect(result.ok).toBe(false);
    expect(result.status).toBe(status);
    expect(result.response).toMatch(response);
    expect(guarded.messages).toHaveLength(0);
  });

  it("returns 550 when every recipient is refused, and names the refused among accepted ones", async () => {
    const refused = await sendEmail(firingNotification, config(open.port, { to: ["nobody@example.com"] }));
    expect(refused).toMatchObject({ ok: false, status: 550 });
    expect(refused.response).toMatch(/mailbox unavailable/);
    expect(open.messages).toHaveLength(0);

    const some = await sendEmail(
      firingNotification,
      config(open.port, { to: ["nobody@example.com", "oncall@example.com"] }),
    );
    expect(some.ok).toBe(true);
    expect(some.response).toMatch(/; refused: nobody@example\.com$/);
    expect(open.messages[0]!.rcptTo).toEqual(["oncall@example.com"]);
  });

  it("throws when no SMTP server listens", async () => {
    const port = await closedPort();
    const sending = sendEmail(firingNotification, config(port));
    await expect(sending).rejects.toBeInstanceOf(ChannelUnreachableError);
    await expect(sending).rejects.toThrow(`SMTP 127.0.0.1:${port}: `);
  });

  it("throws when the server never greets within the timeout", async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    const started = Date.now();
    try {
      await expect(sendEmail(firingNotification, config(port), { timeoutMs: 300 })).rejects.toBeInstanceOf(
        ChannelUnreachableError,
      );
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      silent.close();
    }
  });
});
