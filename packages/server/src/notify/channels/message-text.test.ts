import { describe, expect, it } from "vitest";
import type { Notification } from "../notification.js";
import {
  alertHeadline,
  alertLine,
  formatNumber,
  notificationTitle,
  shortMessage,
  truncate,
} from "./message-text.js";
import {
  firingNotification,
  fixtureAlert,
  resolvedNotification,
} from "./notification-fixtures.test-support.js";

describe("formatNumber", () => {
  it.each([
    [null, "n/a"],
    [0.812345, "0.8123"],
    [0.9, "0.9"],
    [1234.5678, "1235"],
    [42, "42"],
    [-0.0000123456, "-0.00001235"],
    [1.5e-7, "1.5e-7"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
  ])("%s → %s", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe("truncate", () => {
  it.each([
    ["short", 10, "short"],
    ["exactly10!", 10, "exactly10!"],
    ["longer than ten", 10, "longer th…"],
    ["🔥🔥🔥🔥🔥", 3, "🔥🔥…"],
  ])("%s to %i", (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
    expect(Array.from(truncate(text, max)).length).toBeLessThanOrEqual(max);
  });
});

describe("notificationTitle", () => {
  it.each<[string, Notification, string]>([
    ["firing with two alerts", firingNotification, "[FIRING:2] accuracy drop (fraud-model)"],
    ["resolved", resolvedNotification, "[RESOLVED] accuracy drop (fraud-model)"],
    [
      "one of two firing",
      { ...firingNotification, alerts: [fixtureAlert("eu"), fixtureAlert("us", { status: "resolved" })] },
      "[FIRING:1] accuracy drop (fraud-model)",
    ],
    ["a test", { ...firingNotification, test: true }, "[TEST] [FIRING:2] accuracy drop (fraud-model)"],
    [
      "a name with a line break",
      { ...firingNotification, monitor: { id: "m", name: "drop\r\nBcc: x@example.com" } },
      "[FIRING:2] drop Bcc: x@example.com (fraud-model)",
    ],
  ])("%s", (_, notification, title) => {
    expect(notificationTitle(notification)).toBe(title);
  });
});

describe("alert lines", () => {
  it.each([
    ["version and segment", fixtureAlert("eu"), "accuracy 0.8123 vs 0.9 (version v3, segment eu)"],
    [
      "no threshold, no version, no segment",
      fixtureAlert("eu", { threshold: null, version: null, labels: { alertname: "a" } }),
      "accuracy 0.8123",
    ],
    ["no value", fixtureAlert("us", { value: null }), "accuracy n/a vs 0.9 (version v3, segment us)"],
  ])("%s", (_, alert, line) => {
    expect(alertLine(alert)).toBe(line);
  });

  it("heads an alert with its status, monitor and model", () => {
    expect(alertHeadline(resolvedNotification, resolvedNotification.alerts[0]!)).toBe(
      "[RESOLVED] accuracy drop (fraud-model): accuracy 0.93 vs 0.9 (version v3, segment eu)",
    );
  });
});

describe("shortMessage", () => {
  it("says the title, the first alert, how many more and links the first alert's series", () => {
    const text = shortMessage(firingNotification, 320);
    const link = firingNotification.alerts[0]!.dashboardUrl;
    expect(text).toBe(
      `[FIRING:2] accuracy drop (fraud-model): accuracy 0.8123 vs 0.9 (version v3, segment eu) +1 more ${link}`,
    );
    expect(text.length).toBeLessThanOrEqual(320);
  });

  it.each([100, 160, 200, 320])("fits %i characters with long names, keeping a link when it can", (max) => {
    const long: Notification = {
      ...firingNotification,
      model: "m".repeat(300),
      monitor: { id: "m", name: "n".repeat(300) },
    };
    const text = shortMessage(long, max);
    expect(Array.from(text).length).toBeLessThanOrEqual(max);
    expect(text).toMatch(/^\[FIRING:2\] nnn/);
    const link = long.alerts[0]!.dashboardUrl;
    if (link.length + 1 <= max - 80) expect(text.endsWith(` ${link}`)).toBe(true);
    else if (long.externalUrl.length + 1 <= max - 80)
      expect(text.endsWith(` ${long.externalUrl}`)).toBe(true);
    else expect(text).toContain("…");
  });

  it("says only the title for a group without alerts", () => {
    expect(shortMessage({ ...firingNotification, alerts: [] }, 320)).toBe(
      `[FIRING:0] accuracy drop (fraud-model) ${firingNotification.externalUrl}`,
    );
  });
});
