import type { ChannelType } from "./monitor-types";

export interface ChannelField {
  /** The path in the channel's `config` (`smtp.host`), also the key of the form's value and of its error. */
  readonly key: string;
  readonly label: string;
  readonly kind: "text" | "url" | "password" | "number" | "checkbox" | "list";
  readonly required: boolean;
  readonly placeholder?: string;
  readonly hint?: string;
}

const field = (
  key: string,
  label: string,
  kind: ChannelField["kind"],
  required: boolean,
  extra: Partial<Pick<ChannelField, "placeholder" | "hint">> = {},
): ChannelField => ({ key, label, kind, required, ...extra });

/** Each channel type's settings, as notify/channels/channel-config.ts on the server takes them. */
export const CHANNEL_FIELDS: Readonly<Record<ChannelType, readonly ChannelField[]>> = {
  webhook: [
    field("url", "URL", "url", true, { placeholder: "https://hooks.example.com/telltale" }),
    field("secret", "Signing secret", "password", false, {
      hint: "signs each body (header X-Telltale-Signature)",
    }),
  ],
  slack: [
    field("webhookUrl", "Incoming-webhook URL", "url", true, {
      placeholder: "https://hooks.slack.com/services/…",
    }),
  ],
  email: [
    field("to", "To", "list", true, { placeholder: "oncall@example.com, ml@example.com" }),
    field("from", "From", "text", true, { placeholder: "Telltale <alerts@example.com>" }),
    field("smtp.host", "SMTP host", "text", true, { placeholder: "smtp.example.com" }),
    field("smtp.port", "SMTP port", "number", true, { placeholder: "587" }),
    field("smtp.secure", "TLS from the start (port 465)", "checkbox", false),
    field("smtp.user", "SMTP user", "text", false),
    field("smtp.pass", "SMTP password", "password", false),
  ],
  pagerduty: [
    field("routingKey", "Routing key", "password", true, {
      hint: "the integration key of a service (Events API v2)",
    }),
    field("url", "Events URL", "url", false, { placeholder: "https://events.pagerduty.com/v2/enqueue" }),
  ],
  sms: [
    field("to", "To", "text", true, { placeholder: "+15551234567" }),
    field("from", "From", "text", true, { placeholder: "+15557654321 or a sender name" }),
    field("accountSid", "Twilio account SID", "text", true, { placeholder: "AC…" }),
    field("authToken", "Twilio auth token", "password", true),
    field("baseUrl", "API base URL", "url", false, { placeholder: "https://api.twilio.com" }),
  ],
};

export const CHANNEL_TYPES: readonly [ChannelType, string][] = [
  ["webhook", "Webhook"],
  ["slack", "Slack"],
  ["email", "Email"],
  ["pagerduty", "PagerDuty"],
  ["sms", "SMS (Twilio)"],
];

export type ChannelValues = Readonly<Record<string, string | boolean>>;

export type ChannelBodyResult =
  | { readonly success: true; readonly data: { name: string; config: Record<string, unknown> } }
  | { readonly success: false; readonly errors: Readonly<Record<string, string>> };

/** Reads the form into `POST /api/v1/channels`'s body; optional fields left empty are left out. */
export function channelBody(name: string, type: ChannelType, values: ChannelValues): ChannelBodyResult {
  const errors: Record<string, string> = {};
  const config: Record<string, unknown> = { type };
  if (name.trim() === "") errors.name = "Name the channel.";
  for (const f of CHANNEL_FIELDS[type]) {
    const raw = values[f.key];
    let value: unknown;
    if (f.kind === "checkbox") value = raw === true;
    else {
      const text = typeof raw === "string" ? raw.trim() : "";
      if (text === "") {
        if (f.required) errors[f.key] = "Required.";
        continue;
      }
      if (f.kind === "number") {
        value = Number(text);
        if (!Number.isInteger(value)) errors[f.key] = "a whole number";
      } else if (f.kind === "list") value = text.split(/[\s,;]+/).filter((t) => t !== "");
      else value = text;
    }
    const path = f.key.split(".");
    let target = config;
    for (const part of path.slice(0, -1)) {
      target[part] ??= {};
      target = target[part] as Record<string, unknown>;
    }
    target[path.at(-1)!] = value;
  }
  return Object.keys(errors).length > 0
    ? { success: false, errors }
    : { success: true, data: { name: name.trim(), config } };
}

/** Zod's issue paths (`body.config.smtp.host`) as the form's keys (`smtp.host`); the rest under `form`. */
export function channelErrorsOf(error: {
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
}): Readonly<Record<string, string>> {
  const errors: Record<string, string> = {};
  const issues = error.details?.issues;
  if (Array.isArray(issues)) {
    for (const issue of issues as { path?: unknown; message?: unknown }[]) {
      const path = typeof issue.path === "string" ? issue.path : "";
      const message = typeof issue.message === "string" ? issue.message : error.message;
      const key = path.replace(/^body\.(config\.)?/, "");
      errors[key === "" || key === "config" || key === "body" ? "form" : key] ??= message;
    }
  }
  return Object.keys(errors).length > 0 ? errors : { form: error.message };
}

/** Where a channel sends, in a few words: the URL, the addresses, the number; secrets stay `***`. */
export function channelTarget(channel: {
  readonly type: string;
  readonly config: Readonly<Record<string, unknown>>;
}): string {
  const c = channel.config;
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  switch (channel.type) {
    case "webhook":
      return text(c.url);
    case "slack":
      return text(c.webhookUrl);
    case "email": {
      const smtp = (c.smtp ?? {}) as Record<string, unknown>;
      return `${Array.isArray(c.to) ? c.to.join(", ") : ""} via ${text(smtp.host)}:${String(smtp.port ?? "")}`;
    }
    case "pagerduty":
      return text(c.url) || "PagerDuty Events API v2";
    case "sms":
      return `${text(c.to)} from ${text(c.from)}`;
    default:
      return "";
  }
}
