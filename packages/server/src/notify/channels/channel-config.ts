import { z } from "zod";

/** What a secret reads as in API answers and logs. */
export const REDACTED = "***";

const httpUrl = z
  .url({ protocol: /^https?$/, error: "an http or https URL" })
  .max(2048)
  .refine((url) => !/\s/.test(url), { error: "a URL without spaces" });

/** A phone number in E.164 form, as Twilio takes it. */
const phoneNumber = z.string().regex(/^\+[1-9]\d{6,14}$/, { error: "a phone number such as +15551234567" });

/** `alerts@example.com` or `Telltale <alerts@example.com>`. */
const mailbox = z
  .string()
  .max(320)
  .refine(
    (text) => {
      const named = /^([^<>\r\n]*)<([^<>\s]+)>$/.exec(text.trim());
      return z.email().safeParse(named ? named[2] : text).success;
    },
    { error: "an address such as alerts@example.com or Telltale <alerts@example.com>" },
  );

export const webhookConfigSchema = z.strictObject({
  type: z.literal("webhook"),
  url: httpUrl,
  secret: z
    .string()
    .min(1)
    .max(512)
    .optional()
    .describe("signs each body: header X-Telltale-Signature: sha256=<hex HMAC-SHA256 of the body>"),
});

export const slackConfigSchema = z.strictObject({
  type: z.literal("slack"),
  webhookUrl: httpUrl.describe("a Slack incoming-webhook URL; its path is a secret"),
});

export const emailConfigSchema = z.strictObject({
  type: z.literal("email"),
  to: z.array(z.email()).min(1).max(50),
  from: mailbox,
  smtp: z
    .strictObject({
      host: z.string().min(1).max(253),
      port: z.number().int().min(1).max(65_535),
      secure: z
        .boolean()
        .default(false)
        .describe("TLS from the start (port 465); else STARTTLS when offered"),
      user: z.string().min(1).max(512).optional(),
      pass: z.string().min(1).max(512).optional(),
    })
    .refine((smtp) => (smtp.user === undefined) === (smtp.pass === undefined), {
      error: "user and pass go together",
      path: ["pass"],
    }),
});

export const pagerDutyConfigSchema = z.strictObject({
  type: z.literal("pagerduty"),
  routingKey: z
    .string()
    .min(1)
    .max(128)
    .describe("the integration key of a PagerDuty service (Events API v2)"),
  url: httpUrl.optional().describe("default https://events.pagerduty.com/v2/enqueue"),
});

export const smsConfigSchema = z.strictObject({
  type: z.literal("sms"),
  to: phoneNumber,
  from: z.union([
    phoneNumber,
    z.string().regex(/^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$/, { error: "a phone number or a sender name" }),
  ]),
  accountSid: z.string().regex(/^AC[A-Za-z0-9]{1,62}$/, { error: "a Twilio account SID (AC…)" }),
  authToken: z.string().min(1).max(256),
  baseUrl: httpUrl.optional().describe("default https://api.twilio.com"),
});

/** What `POST /api/v1/channels` takes as `config`: one of the five channel types. */
export const channelConfigSchema = z.discriminatedUnion("type", [
  webhookConfigSchema,
  slackConfigSchema,
  emailConfigSchema,
  pagerDutyConfigSchema,
  smsConfigSchema,
]);

export type WebhookConfig = z.infer<typeof webhookConfigSchema>;
export type SlackConfig = z.infer<typeof slackConfigSchema>;
export type EmailConfig = z.infer<typeof emailConfigSchema>;
export type PagerDutyConfig = z.infer<typeof pagerDutyConfigSchema>;
export type SmsConfig = z.infer<typeof smsConfigSchema>;
export type ChannelConfig = z.infer<typeof channelConfigSchema>;
export type ChannelType = ChannelConfig["type"];

/** A URL with the password of its user part (`https://user:pass@host`) replaced; unparsable text is hidden. */
function redactUrlPassword(url: string): string {
  if (!URL.canParse(url)) return REDACTED;
  const parsed = new URL(url);
  if (parsed.password === "") return url;
  parsed.password = REDACTED;
  return parsed.toString();
}

/** A Slack webhook URL keeps its origin only: the path is the credential. */
function redactWebhookPath(url: string): string {
  return URL.canParse(url) ? `${new URL(url).origin}/${REDACTED}` : REDACTED;
}

/**
 * The config as API answers and logs show it: `secret`, `smtp.pass`, `routingKey`, `authToken`, the path of
 * Slack's `webhookUrl` and passwords inside URLs read `***`. An unknown type keeps only its `type`.
 */
export function redactChannelConfig(config: ChannelConfig): ChannelConfig {
  switch (config.type) {
    case "webhook":
      return {
        ...config,
        url: redactUrlPassword(config.url),
        ...(config.secret !== undefined ? { secret: REDACTED } : {}),
      };
    case "slack":
      return { ...config, webhookUrl: redactWebhookPath(config.webhookUrl) };
    case "email":
      return {
        ...config,
        smtp: { ...config.smtp, ...(config.smtp.pass !== undefined ? { pass: REDACTED } : {}) },
      };
    case "pagerduty":
      return {
        ...config,
        routingKey: REDACTED,
        ...(config.url !== undefined ? { url: redactUrlPassword(config.url) } : {}),
      };
    case "sms":
      return {
        ...config,
        authToken: REDACTED,
        ...(config.baseUrl !== undefined ? { baseUrl: redactUrlPassword(config.baseUrl) } : {}),
      };
    default:
      return { type: (config as { type: string }).type } as ChannelConfig;
  }
}
