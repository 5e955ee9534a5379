/** Shapes of the monitor, channel and backtest answers; the server's zod schemas (monitor-spec.ts) are the truth. */

export type Comparison = ">" | "<" | ">=" | "<=";
export type AnomalyMethod = "mad" | "ewma" | "seasonal";
export type ChangepointMethod = "cusum" | "pagehinkley";

export type Condition =
  | { readonly type: "threshold"; readonly op: Comparison; readonly value: number }
  | { readonly type: "outside"; readonly low: number; readonly high: number }
  | {
      readonly type: "change";
      readonly vs: "previous" | "reference";
      readonly op: Comparison;
      readonly percent: number;
    }
  | {
      readonly type: "anomaly";
      readonly method: AnomalyMethod;
      readonly sensitivity?: number;
      readonly season?: "day" | "week";
      readonly history?: string;
    }
  | {
      readonly type: "changepoint";
      readonly method: ChangepointMethod;
      readonly sensitivity?: number;
      readonly history?: string;
    };

export type ConditionType = Condition["type"];
export type Severity = "warning" | "critical";
export type NoData = "ok" | "alerting" | "keep";

/** What the form sends to create a monitor (POST) or change one (PATCH); fields left out keep their defaults. */
export interface MonitorBody {
  readonly name: string;
  readonly metric: string;
  readonly version: string | null;
  readonly segment: string | null;
  readonly window: string;
  readonly every: string;
  readonly condition: Condition;
  readonly for: string;
  readonly minCount: number;
  readonly severity: Severity;
  readonly noData: NoData;
  readonly channels: readonly string[];
  readonly enabled: boolean;
}

export interface Monitor extends MonitorBody {
  readonly id: string;
  readonly model: string;
  readonly keepFiringFor: string;
  readonly actions: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** One scheduled evaluation from `…/monitors/:id/history`. */
export interface Evaluation {
  readonly at: string;
  readonly from: string;
  readonly value: number | null;
  readonly count: number;
  readonly status: "ok" | "breach" | "nodata" | "insufficient";
  readonly reason: string;
}

export type ChannelType = "webhook" | "slack" | "email" | "pagerduty" | "sms";

export interface Channel {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  /** Secrets read `***`. */
  readonly config: Readonly<Record<string, unknown>>;
  readonly createdAt: string;
}

/** `POST /api/v1/channels/:id/test`: what the receiver said (status 0 when it could not be reached). */
export interface ChannelTestAnswer {
  readonly ok: boolean;
  readonly status: number;
  readonly response: string;
}

export interface BacktestPoint {
  readonly at: string;
  readonly value: number | null;
  readonly count: number;
  readonly status: Evaluation["status"];
  readonly state: "ok" | "pending" | "firing" | "resolved";
  readonly breached: boolean;
  readonly reason: string;
  readonly compared: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
}

export interface BacktestAlert {
  /** `ok`: a pending alert that cleared without firing; `pending`/`firing`: still open at `to`. */
  readonly state: "ok" | "pending" | "firing" | "resolved";
  readonly startedAt: string;
  readonly firingAt: string | null;
  readonly resolvedAt: string | null;
  readonly endedAt: string | null;
  readonly peak: number | null;
}

export interface Backtest {
  readonly from: string;
  readonly to: string;
  readonly step: string;
  readonly evaluations: number;
  readonly points: readonly BacktestPoint[];
  readonly alerts: readonly BacktestAlert[];
  readonly condition: Condition;
}
