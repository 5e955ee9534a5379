import { createTransport } from "nodemailer";
import type { DeliveryResult, Notification } from "../notification.js";
import type { EmailConfig } from "./channel-config.js";
import { ChannelUnreachableError } from "./channel-unreachable-error.js";
import { emailHtml, emailText } from "./email-body.js";
import { notificationTitle } from "./message-text.js";
import { cutResponse } from "./post-to-receiver.js";
import { DEFAULT_TIMEOUT_MS, type SendOptions } from "./send-options.js";

/** What nodemailer adds to an error when the server replied with one (see its NodemailerError). */
interface SmtpReplyError {
  readonly responseCode?: number;
  readonly response?: string;
  readonly message?: string;
}

/** The reply code at the start of an SMTP reply (`250 2.0.0 OK`), 250 when the text has none. */
const replyCode = (reply: string): number => Number(/^\d{3}/.exec(reply)?.[0] ?? 250);

/**
 * Sends one message with a plain-text and an HTML part over SMTP, on a connection opened for it and closed after
 * (channels send rarely; no pool keeps stale credentials). An SMTP rejection (4xx/5xx reply, such as 535 for bad
 * credentials or 550 when every recipient is refused) is `ok: false` with the reply; recipients refused among
 * accepted ones are named in `response`. No connection or reply in time throws ChannelUnreachableError.
 */
export async function sendEmail(
  notification: Notification,
  config: EmailConfig,
  options: SendOptions = {},
): Promise<DeliveryResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const { smtp } = config;
  const transport = createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user !== undefined && smtp.pass !== undefined
      ? { auth: { user: smtp.user, pass: smtp.pass } }
      : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    dnsTimeout: timeoutMs,
  });
  try {
    const info = await transport.sendMail({
      from: config.from,
      to: [...config.to],
      subject: notificationTitle(notification),
      text: emailText(notification),
      html: emailHtml(notification),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const refused = info.rejected.length > 0 ? `; refused: ${info.rejected.join(", ")}` : "";
    return {
      ok: true,
      status: replyCode(info.response),
      response: cutResponse(`${info.response}${refused}`),
    };
  } catch (error) {
    const reply = error as SmtpReplyError;
    if (typeof reply.responseCode === "number" && reply.responseCode >= 400) {
      return {
        ok: false,
        status: reply.responseCode,
        response: cutResponse(reply.response ?? reply.message ?? ""),
      };
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new ChannelUnreachableError(`SMTP ${smtp.host}:${smtp.port}: ${reason}`, { cause: error });
  } finally {
    transport.close();
  }
}
