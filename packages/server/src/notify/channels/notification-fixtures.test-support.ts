import type { Notification, NotifiedAlert } from "../notification.js";

export const EXTERNAL_URL = "http://telltale.example.com:4100";

const series = (segment: string, from: string, to: string) =>
  `${EXTERNAL_URL}/api/v1/models/fraud-model/timeseries?metrics=accuracy&interval=5m&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&version=v3&segment=${segment}`;

/** An alert of the `accuracy drop` monitor on fraud-model v3 in one segment; `overrides` change any field. */
export function fixtureAlert(segment: string, overrides: Partial<NotifiedAlert> = {}): NotifiedAlert {
  return {
    fingerprint: segment === "eu" ? "3f9a1c0d5e7b2468" : "8e41b07c2d9f6a35",
    status: "firing",
    labels: {
      team: "risk",
      alertname: "accuracy drop",
      model: "fraud-model",
      monitor: "mon_7f3a",
      severity: "critical",
      metric: "accuracy",
      version: "v3",
      segment,
    },
    annotations: {
      summary: `accuracy drop on fraud-model (${segment})`,
      description: "accuracy 0.8123 < 0.9 over the last 1h (1,204 labelled predictions)",
    },
    startsAt: "2026-10-25T10:05:00.000Z",
    endsAt: null,
    model: "fraud-model",
    version: "v3",
    metric: "accuracy",
    value: 0.812345,
    threshold: 0.9,
    dashboardUrl: series(segment, "2026-10-25T04:05:00.000Z", "2026-10-25T11:05:00.000Z"),
    ...overrides,
  };
}

/** Two alerts firing in one group: accuracy fell in the eu and us segments. */
export const firingNotification: Notification = {
  groupKey: "fraud-model/mon_7f3a",
  status: "firing",
  model: "fraud-model",
  monitor: { id: "mon_7f3a", name: "accuracy drop" },
  severity: "critical",
  alerts: [
    fixtureAlert("eu"),
    fixtureAlert("us", {
      value: 0.85,
      startsAt: "2026-10-25T10:10:00.000Z",
      annotations: {
        summary: "accuracy drop on fraud-model (us)",
        description: "accuracy 0.85 < 0.9 over the last 1h (980 labelled predictions)",
      },
    }),
  ],
  externalUrl: EXTERNAL_URL,
};

/** The eu alert of the same group, resolved an hour later. */
export const resolvedNotification: Notification = {
  ...firingNotification,
  status: "resolved",
  alerts: [
    fixtureAlert("eu", {
      status: "resolved",
      value: 0.93,
      endsAt: "2026-10-25T11:05:00.000Z",
      dashboardUrl: series("eu", "2026-10-25T04:05:00.000Z", "2026-10-25T12:05:00.000Z"),
    }),
  ],
};

/** Names, labels and a reason with markup in them: every channel must show them as text. */
export const HOSTILE = `<script>alert("x")</script> & <b>bold</b>`;

export const hostileNotification: Notification = {
  ...firingNotification,
  model: HOSTILE,
  monitor: { id: "mon_7f3a", name: `drop ${HOSTILE}` },
  alerts: [
    fixtureAlert("eu", {
      model: HOSTILE,
      labels: { ...fixtureAlert("eu").labels, model: HOSTILE, owner: HOSTILE },
      annotations: { summary: HOSTILE, description: `reason ${HOSTILE}` },
    }),
  ],
};
