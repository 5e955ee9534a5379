import { describe, expect, it } from "vitest";
import { channelBody, channelErrorsOf, channelTarget } from "./channel-fields";
import type { ChannelType } from "./monitor-types";

describe("channelBody", () => {
  it.each<[ChannelType, Record<string, string | boolean>, Record<string, unknown>]>([
    [
      "webhook",
      { url: " http://127.0.0.1:9000/hook ", secret: "" },
      { type: "webhook", url: "http://127.0.0.1:9000/hook" },
    ],
    [
      "webhook",
      { url: "https://x.test", secret: "s3cret" },
      { type: "webhook", url: "https://x.test", secret: "s3cret" },
    ],
    [
      "slack",
      { webhookUrl: "https://hooks.slack.com/services/T/B/X" },
      { type: "slack", webhookUrl: "https://hooks.slack.com/services/T/B/X" },
    ],
    [
      "email",
      {
        to: "a@example.com, b@example.com",
        from: "Telltale <t@example.com>",
        "smtp.host": "smtp.example.com",
        "smtp.port": "587",
        "smtp.secure": false,
      },
      {
        type: "email",
        to: ["a@example.com", "b@example.com"],
        from: "Telltale <t@example.com>",
        smtp: { host: "smtp.example.com", port: 587, secure: false },
      },
    ],
    ["pagerduty", { routingKey: "R0UTING" }, { type: "pagerduty", routingKey: "R0UTING" }],
    [
      "sms",
      { to: "+15551234567", from: "Telltale", accountSid: "AC123", authToken: "tok" },
      { type: "sms", to: "+15551234567", from: "Telltale", accountSid: "AC123", authToken: "tok" },
    ],
  ])("%s %j", (type, values, config) => {
    expect(channelBody("On call", type, values)).toEqual({
      success: true,
      data: { name: "On call", config },
    });
  });

  it("names missing and unreadable fields", () => {
    expect(channelBody(" ", "email", { to: "", "smtp.port": "5x" })).toEqual({
      success: false,
      errors: {
        name: "Name the channel.",
        to: "Required.",
        from: "Required.",
        "smtp.host": "Required.",
        "smtp.port": "a whole number",
      },
    });
  });
});

describe("channelErrorsOf", () => {
  it.each([
    [
      {
        message: "m",
        details: {
          issues: [
            { path: "body.config.smtp.host", message: "too short" },
            { path: "body.name", message: "empty" },
          ],
        },
      },
      { "smtp.host": "too short", name: "empty" },
    ],
    [
      { message: "m", details: { issues: [{ path: "body.config", message: "Invalid input" }] } },
      { form: "Invalid input" },
    ],
    [{ message: "nope" }, { form: "nope" }],
  ])("%j", (error, errors) => {
    expect(channelErrorsOf(error)).toEqual(errors);
  });
});

describe("channelTarget", () => {
  it.each([
    [{ type: "webhook", config: { url: "http://127.0.0.1:1/h", secret: "***" } }, "http://127.0.0.1:1/h"],
    [
      { type: "email", config: { to: ["a@x.io"], smtp: { host: "smtp.x.io", port: 25 } } },
      "a@x.io via smtp.x.io:25",
    ],
    [{ type: "pagerduty", config: { routingKey: "***" } }, "PagerDuty Events API v2"],
    [{ type: "sms", config: { to: "+1555", from: "Telltale" } }, "+1555 from Telltale"],
  ])("%j", (channel, text) => {
    expect(channelTarget(channel)).toBe(text);
  });
});
