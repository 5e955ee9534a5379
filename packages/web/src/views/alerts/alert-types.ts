import type { AlertInfo, ComparisonSummary } from "../../api/types";

/** An alert as `GET /api/v1/alerts` sends it, with the fields the shared AlertInfo leaves out. */
export interface Alert extends AlertInfo {
  /** What the value was compared with at the latest evaluation: the threshold, previous value, benchmark. */
  readonly threshold?: number | null;
  readonly updatedAt?: string;
  /** The comparisons of the versions its retraining led to; absent from servers before the feedback loop. */
  readonly comparisons?: readonly ComparisonSummary[];
}

export type AlertState = Alert["state"];

export interface Silence {
  readonly id: string;
  /** Label → the exact value an alert's label must have (model, monitor id, severity, the monitor's labels). */
  readonly matchers: Readonly<Record<string, string>>;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly comment: string;
  readonly state: "pending" | "active" | "expired";
  readonly createdBy?: string;
}

/** One notification to one channel, with its tries and the receiver's last answer. */
export interface Delivery {
  readonly id: string;
  readonly channelId: string;
  readonly alertId: string | null;
  readonly status: "pending" | "sent" | "failed";
  readonly attempts: number;
  readonly nextAttemptAt: string | null;
  readonly lastStatus: number | null;
  readonly lastResponse: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly notification?: { readonly status?: string };
}
