import { describe, expect, it } from "vitest";
import { type ChannelConfig, channelConfigSchema, REDACTED, redactChannelConfig } from "./channel-config.js";

const webhook = { type: "webhook", url: "https://hooks.example.com/telltale", secret: "whsec_0123" };
const slack = { type: "slack", webhookUrl: "https://hooks.slack.com/services/T000/B000/XXXXSECRET" };
const email = {
  type: "email",
  to: ["oncall@example.com", "ml@example.com"],
  from: "Telltale <telltale@example.com>",
  smtp: { host: "smtp.example.com", port: 587, secure: false, user: "telltale", pass: "smtp-pa55" },
};
const pagerduty = { type: "pagerduty", routingKey: "R0UTINGKEY0123456789abcdef012345" };
const sms = {
  type: "sms",
  to: "+15550001111",
  from: "+15550002222",
  accountSid: "AC0123456789abcdef0123456789abcdef",
  authToken: "twilio-t0ken",
};

describe("channelConfigSchema", () => {
  it.each([
    ["webhook with a secret", webhook],
    ["webhook without a secret", { type: "webhook", url: "http://127.0.0.1:9000/hook" }],
    ["slack", slack],
    ["email with auth", email],
    ["email without auth", { ...email, smtp: { host: "127.0.0.1", port: 25, secure: false } }],
    ["email from a bare address", { ...email, from: "telltale@example.com" }],
    ["pagerduty", pagerduty],
    ["pagerduty with its url", { ...pagerduty, url: "http://127.0.0.1:9000/v2/enqueue" }],
    ["sms", sms],
    ["sms from a sender name, short SID", { ...sms, from: "Telltale", accountSid: "AC123" }],
  ])("takes %s", (_, config) => {
    const parsed = channelConfigSchema.safeParse(config);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toEqual(config);
  });

  it.each([
    ["an unknown type", { type: "teams", url: "https://x.example.com" }, ["type"]],
    ["a webhook URL that is not http(s)", { ...webhook, url: "ftp://files.example.com/x" }, ["url"]],
    ["a javascript: Slack URL", { type: "slack", webhookUrl: "javascript:alert(1)" }, ["webhookUrl"]],
    ["an empty secret", { ...webhook, secret: "" }, ["secret"]],
    ["an unknown field", { ...webhook, routing_key: "x" }, []],
    ["no recipients", { ...email, to: [] }, ["to"]],
    ["a recipient that is no address", { ...email, to: ["oncall"] }, ["to", 0]],
    ["a from with a line break", { ...email, from: "Telltale\r\nBcc: x@y.z <t@example.com>" }, ["from"]],
    ["a user without a pass", { ...email, smtp: { host: "h", port: 25, user: "u" } }, ["smtp", "pass"]],
    ["port 0", { ...email, smtp: { host: "h", port: 0 } }, ["smtp", "port"]],
    ["an empty routing key", { ...pagerduty, routingKey: "" }, ["routingKey"]],
    ["a phone number without +", { ...sms, to: "5550001111" }, ["to"]],
    ["an account SID with a slash", { ...sms, accountSid: "AC12/../x" }, ["accountSid"]],
    ["no auth token", { ...sms, authToken: undefined }, ["authToken"]],
  ])("refuses %s", (_, config, path) => {
    const parsed = channelConfigSchema.safeParse(config);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(path);
  });

  it("defaults smtp.secure to false", () => {
    const parsed = channelConfigSchema.parse({ ...email, smtp: { host: "h", port: 25 } });
    expect(parsed.type === "email" && parsed.smtp.secure).toBe(false);
  });
});

describe("redactChannelConfig", () => {
  it.each([
    ["webhook", webhook, { ...webhook, secret: REDACTED }],
    [
      "webhook without a secret, password in the URL",
      { type: "webhook", url: "https://bot:pa55word@hooks.example.com/x?a=1" },
      { type: "webhook", url: `https://bot:${REDACTED}@hooks.example.com/x?a=1` },
    ],
    ["slack", slack, { type: "slack", webhookUrl: `https://hooks.slack.com/${REDACTED}` }],
    ["email", email, { ...email, smtp: { ...email.smtp, pass: REDACTED } }],
    [
      "email without auth",
      { ...email, smtp: { host: "h", port: 25, secure: false } },
      { ...email, smtp: { host: "h", port: 25, secure: false } },
    ],
    ["pagerduty", pagerduty, { ...pagerduty, routingKey: REDACTED }],
    ["sms", sms, { ...sms, authToken: REDACTED }],
  ])("hides the secrets of %s and keeps the rest", (_, config, expected) => {
    const parsed = channelConfigSchema.parse(config);
    expect(redactChannelConfig(parsed)).toEqual(expected);
    expect(parsed).toEqual(config);
  });

  it("leaves no secret anywhere in what it returns", () => {
    const secrets = ["whsec_0123", "XXXXSECRET", "smtp-pa55", "R0UTINGKEY", "twilio-t0ken", "pa55word"];
    const all = [
      webhook,
      slack,
      email,
      pagerduty,
      sms,
      { type: "webhook", url: "https://u:pa55word@h.example.com" },
    ];
    const shown = JSON.stringify(all.map((c) => redactChannelConfig(channelConfigSchema.parse(c))));
    for (const secret of secrets) expect(shown).not.toContain(secret);
  });

  it("keeps only the type of a config it does not know", () => {
    const unknown = { type: "teams", url: "https://x.example.com/secret" } as unknown as ChannelConfig;
    expect(redactChannelConfig(unknown)).toEqual({ type: "teams" });
  });
});
