/**
 * A monitor's alert: `ok` → `pending` (breaching for less than `for`) → `firing` → `resolved`. `resolved` behaves
 * as `ok` and stays until the next breach, so the last episode's end remains visible.
 */
export type AlertStateName = "ok" | "pending" | "firing" | "resolved";

/** What the state machine keeps between evaluations; plain data (stored as JSON), times in epoch ms. */
export interface AlertState {
  readonly state: AlertStateName;
  /** When it entered `state`. */
  readonly since: number;
  /** First breach of the current episode (Prometheus's `ActiveAt`); null outside one. */
  readonly activeAt: number | null;
  /** When the current or last episode started firing (the `startsAt` sent to receivers); null until one fires. */
  readonly firingSince: number | null;
  readonly lastBreachAt: number | null;
  /** First evaluation without a breach while firing, from which `keepFiringFor` counts (Prometheus's `KeepFiringSince`). */
  readonly clearedAt: number | null;
  /** When the last episode resolved; null while one is open. */
  readonly resolvedAt: number | null;
  readonly lastValue: number | null;
}

/**
 * One evaluation as the state machine reads it. `insufficient`: fewer rows than `minCount`, never alerted on.
 * Extra fields (a `MonitorEvaluation`'s `at`, `reason`, …) are ignored.
 */
export interface AlertInput {
  readonly status: "ok" | "breach" | "nodata" | "insufficient";
  readonly value: number | null;
}

export interface AlertRule {
  /** How long breaches must last, from the first, before the alert fires; 0 fires on the first breach. */
  readonly forMs: number;
  /** How long a firing alert keeps firing once its condition has cleared; 0 resolves on the first clear evaluation. */
  readonly keepFiringForMs: number;
  /** Grafana's no-data handling: `nodata` counts as a breach (`alerting`), as ok (`ok`), or changes nothing (`keep`). */
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
  /** At most one: `for: 0` goes from `ok` straight to `firing`. */
  readonly transitions: readonly AlertTransition[];
  /** A notification is due: the episode started firing, or it resolved (pending episodes are never notified). */
  readonly notify: "firing" | "resolved" | null;
}

/** How an evaluation counts: `keep` leaves the state as it was. */
function verdict(input: AlertInput, rule: AlertRule): "breach" | "clear" | "keep" {
  switch (input.status) {
    case "breach":
      return "breach";
    case "ok":
      return "clear";
    case "insufficient":
      return "keep";
    case "nodata":
      return rule.noData === "alerting" ? "breach" : rule.noData === "ok" ? "clear" : "keep";
  }
}

/**
 * The alert state after an evaluation at `now`, as Prometheus's alerting rules move (`rules/alerting.go`): an
 * episode opens on a breach, fires once `now − activeAt ≥ for` on a breach, and resolves on the first clear
 * evaluation at least `keepFiringFor` after the condition first cleared; a pending episode ends on any clear
 * evaluation. `insufficient` data, and `nodata` under `keep`, change nothing: they never open, fire or resolve an
 * episode, and the time they cover still counts toward `for` and `keepFiringFor` (as Grafana's "keep last state").
 * Unlike Prometheus, a firing alert is not sent back to pending when `for` is raised.
 */
export function nextAlertState(
  previous: AlertState | undefined,
  input: AlertInput,
  now: number,
  rule: AlertRule,
): AlertStep {
  const from: AlertState = previous ?? {
    state: "ok",
    since: now,
    activeAt: null,
    firingSince: null,
    lastBreachAt: null,
    clearedAt: null,
    resolvedAt: null,
    lastValue: null,
  };
  const kind = verdict(input, rule);
  if (kind === "keep") return { state: from, transitions: [], notify: null };

  const to = (name: AlertStateName, changes: Partial<AlertState>): AlertStep => {
    const moved = name !== from.state;
    return {
      state: { ...from, ...changes, state: name, since: moved ? now : from.since, lastValue: input.value },
      transitions: moved ? [{ from: from.state, to: name, at: now, value: input.value }] : [],
      notify: moved && (name === "firing" || name === "resolved") ? name : null,
    };
  };

  if (kind === "breach") {
    const breach = { lastBreachAt: now, clearedAt: null };
    switch (from.state) {
      case "ok":
      case "resolved": {
        const episode = { ...breach, activeAt: now, resolvedAt: null };
        return rule.forMs <= 0
          ? to("firing", { ...episode, firingSince: now })
          : to("pending", { ...episode, firingSince: null });
      }
      case "pending":
        return now - (from.activeAt ?? now) >= rule.forMs
          ? to("firing", { ...breach, firingSince: now })
          : to("pending", breach);
      case "firing":
        return to("firing", breach);
    }
  }

  switch (from.state) {
    case "ok":
    case "resolved":
      return to(from.state, {});
    case "pending":
      return to("ok", { activeAt: null });
    case "firing": {
      const clearedAt = from.clearedAt ?? now;
      return now - clearedAt < rule.keepFiringForMs
        ? to("firing", { clearedAt })
        : to("resolved", { activeAt: null, clearedAt: null, resolvedAt: now });
    }
  }
}
