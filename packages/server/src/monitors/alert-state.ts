/** A monitor's alert: `ok` → `pending` (breaching, for less than `for`) → `firing` → `resolved` (≈ ok, after firing). */
export type AlertStateName = "ok" | "pending" | "firing" | "resolved";

export interface AlertState {
  readonly state: AlertStateName;
  /** When it entered `state`. */
  readonly since: number;
  /** First breach of the current episode; null outside one. */
  readonly activeAt: number | null;
  readonly firingSince: number | null;
  /** The latest breach, for `keepFiringFor`. */
  readonly lastBreachAt: number | null;
  readonly resolvedAt: number | null;
  readonly lastValue: number | null;
}

export interface AlertInput {
  readonly status: "ok" | "breach" | "nodata" | "insufficient";
  readonly value: number | null;
}

export interface AlertRule {
  readonly forMs: number;
  readonly keepFiringForMs: number;
  readonly noData: "ok" | "alerting" | "keep";
}

export interface AlertTransition {
  readonly from: AlertStateName;
  readonly to: AlertStateName;
  readonly at: number;
  readonly value: number | null;
}

export interface AlertStep {
  readonly state: AlertState;
  readonly transitions: readonly AlertTransition[];
  /** A notification is due: the alert started firing, or it resolved. */
  readonly notify: "firing" | "resolved" | null;
}

const INITIAL: AlertState = {
  state: "ok",
  since: 0,
  activeAt: null,
  firingSince: null,
  lastBreachAt: null,
  resolvedAt: null,
  lastValue: null,
};

/**
 * The next alert state after an evaluation at `now`, as Prometheus's alerting rules move (pending for `for`, then
 * firing; `keepFiringFor` after the last breach) with Grafana's no-data rule: `nodata` counts as a breach
 * (`alerting`), as ok (`ok`), or changes nothing (`keep`). `insufficient` (too few rows) changes nothing: it never
 * starts, fires or resolves an alert. A breach after `for` has passed since the episode began fires even if
 * evaluations in between were insufficient.
 */
export function nextAlertState(
  previous: AlertState | undefined,
  input: AlertInput,
  now: number,
  rule: AlertRule,
): AlertStep {
  const from = previous ?? { ...INITIAL, since: now };
  const status =
    input.status === "nodata"
      ? rule.noData === "alerting"
        ? "breach"
        : rule.noData === "ok"
          ? "ok"
          : "keep"
      : input.status === "insufficient"
        ? "keep"
        : input.status;
  if (status === "keep") return { state: from, transitions: [], notify: null };
  const move = (to: AlertStateName, changes: Partial<AlertState>): AlertStep => {
    const state = {
      ...from,
      ...changes,
      state: to,
      since: to === from.state ? from.since : now,
      lastValue: input.value,
    };
    const transitions = to === from.state ? [] : [{ from: from.state, to, at: now, value: input.value }];
    const notify = to !== from.state && (to === "firing" || to === "resolved") ? to : null;
    return { state, transitions, notify };
  };
  if (status === "breach") {
    switch (from.state) {
      case "ok":
      case "resolved":
        return rule.forMs === 0
          ? move("firing", { activeAt: now, firingSince: now, lastBreachAt: now, resolvedAt: null })
          : move("pending", { activeAt: now, firingSince: null, lastBreachAt: now, resolvedAt: null });
      case "pending":
        return now - from.activeAt! >= rule.forMs
          ? move("firing", { firingSince: now, lastBreachAt: now })
          : move("pending", { lastBreachAt: now });
      case "firing":
        return move("firing", { lastBreachAt: now });
    }
  }
  switch (from.state) {
    case "pending":
      return move("ok", { activeAt: null, lastBreachAt: null });
    case "firing":
      return now - (from.lastBreachAt ?? now) < rule.keepFiringForMs
        ? move("firing", {})
        : move("resolved", { resolvedAt: now, activeAt: null });
    case "ok":
    case "resolved":
      return move(from.state, {});
  }
}
