/** What a silence is matched against: the alert's identifying fields and its labels (version, segment, …). */
export interface SilenceableAlert {
  readonly model: string;
  /** The monitor's id. */
  readonly monitor: string;
  readonly severity: string;
  /** `model`, `monitor` and `severity` above take precedence over labels of the same name. */
  readonly labels?: Readonly<Record<string, string>>;
}

export interface SilenceWindow {
  readonly id: string;
  /** Label name → the exact value it must have; all must hold. */
  readonly matchers: Readonly<Record<string, string>>;
  /** Epoch ms; the silence mutes from `startsAt` (inclusive) to `endsAt` (exclusive). */
  readonly startsAt: number;
  readonly endsAt: number;
}

/**
 * Whether every equality matcher holds on the alert's labels, as Alertmanager matches silences: an absent label
 * reads as the empty string, so `{segment: ""}` matches alerts without a segment. No matchers match nothing, so an
 * empty silence can never mute everything.
 */
export function matchesSilence(alert: SilenceableAlert, matchers: Readonly<Record<string, string>>): boolean {
  const labels: Readonly<Record<string, string>> = {
    ...alert.labels,
    model: alert.model,
    monitor: alert.monitor,
    severity: alert.severity,
  };
  const names = Object.keys(matchers);
  return names.length > 0 && names.every((name) => (labels[name] ?? "") === matchers[name]);
}

/**
 * The id of the active silence that mutes the alert at `now`, or null. When several do, the one that ends last,
 * so the alert is shown as silenced until the latest end.
 */
export function silenced(
  alert: SilenceableAlert,
  silences: readonly SilenceWindow[],
  now: number,
): string | null {
  let found: SilenceWindow | null = null;
  for (const silence of silences) {
    if (now < silence.startsAt || now >= silence.endsAt) continue;
    if (!matchesSilence(alert, silence.matchers)) continue;
    if (found === null || silence.endsAt > found.endsAt) found = silence;
  }
  return found?.id ?? null;
}
