/** One alert inside a notification, in the shape Alertmanager's webhook v4 gives each alert, plus Telltale's fields. */
export interface NotifiedAlert {
  /** Stable per alert series (model, monitor, version, segment, labels): receivers deduplicate on it. */
  readonly fingerprint: string;
  readonly status: "firing" | "resolved";
  /** `alertname` (the monitor's name), `model`, `monitor` (its id), `severity`, `metric`, `version`, `segment`, and the monitor's own labels. */
  readonly labels: Readonly<Record<string, string>>;
  /** `summary` (one line) and `description` (what was compared with what). */
  readonly annotations: Readonly<Record<string, string>>;
  /** ISO 8601. */
  readonly startsAt: string;
  /** ISO 8601 when resolved; null while firing. */
  readonly endsAt: string | null;
  readonly model: string;
  readonly version: string | null;
  readonly metric: string;
  readonly value: number | null;
  /** What the value was compared with (the threshold, the previous window, the benchmark, the expected value). */
  readonly threshold: number | null;
  /** Link to the evidence: the metric's time series around the alert. */
  readonly dashboardUrl: string;
}

/** What a channel sends: the alerts of one group (one model and monitor) that are new, changed or still firing. */
export interface Notification {
  /** Identifies the group: the same for every notification about it. */
  readonly groupKey: string;
  /** `firing` when any alert of the group fires, else `resolved`. */
  readonly status: "firing" | "resolved";
  readonly model: string;
  readonly monitor: { readonly id: string; readonly name: string };
  readonly severity: "warning" | "critical";
  readonly alerts: readonly NotifiedAlert[];
  /** Where the server is reached, for links. */
  readonly externalUrl: string;
  /** True for `POST /channels/{id}/test`. */
  readonly test?: boolean;
}

/** What the receiver answered; a channel throws only for a network failure. */
export interface DeliveryResult {
  readonly ok: boolean;
  /** HTTP status, or the SMTP reply code. */
  readonly status: number;
  /** The receiver's answer, cut to 2,000 characters. */
  readonly response: string;
}
