import type { Alert, Silence } from "./alert-types";

/** The labels a silence is matched against, as the server's silence-match.ts builds them. */
export interface SilenceLabels {
  readonly model: string;
  /** The monitor's id. */
  readonly monitor: string;
  readonly severity?: string;
  readonly labels?: Readonly<Record<string, string>>;
}

/** Alertmanager's equality matching: every matcher holds, an absent label reads as ""; no matchers match nothing. */
export function matchesSilence(alert: SilenceLabels, matchers: Readonly<Record<string, string>>): boolean {
  const labels: Readonly<Record<string, string>> = {
    ...alert.labels,
    model: alert.model,
    monitor: alert.monitor,
    ...(alert.severity !== undefined ? { severity: alert.severity } : {}),
  };
  const names = Object.keys(matchers);
  return names.length > 0 && names.every((name) => (labels[name] ?? "") === matchers[name]);
}

/**
 * The silence that mutes an alert now: the server's `silencedBy`, else, for an open alert, the active silence
 * that matches it and ends last. The server marks alerts only when it routes their notifications (monitors with
 * channels), so a silence created here shows on its alert at once either way.
 */
export function silenceOf(
  alert: Alert,
  labels: SilenceLabels,
  silences: readonly Silence[],
  now: number,
): Silence | null {
  // The server's `state` says whether a silence has started: the live clock may lag the server's by up to 30 s.
  const live = silences.filter((s) => s.state === "active" && now < Date.parse(s.endsAt));
  if (alert.silencedBy !== null) {
    const named = silences.find((s) => s.id === alert.silencedBy);
    if (named !== undefined && (named.state !== "expired" || alert.state === "resolved")) return named;
  }
  if (alert.state === "resolved" || alert.state === "ok") return null;
  let found: Silence | null = null;
  for (const silence of live) {
    if (!matchesSilence(labels, silence.matchers)) continue;
    if (found === null || Date.parse(silence.endsAt) > Date.parse(found.endsAt)) found = silence;
  }
  return found;
}

/** Durations offered for a silence, in ms. */
export const SILENCE_DURATIONS = [
  ["1h", 3_600_000],
  ["2h", 7_200_000],
  ["4h", 14_400_000],
  ["8h", 28_800_000],
  ["1d", 86_400_000],
  ["3d", 259_200_000],
  ["7d", 604_800_000],
] as const;

/** `POST /api/v1/silences`: mute this alert's monitor on its model from now for `durationMs`. */
export function silenceBody(
  alert: Pick<Alert, "model" | "monitorId">,
  durationMs: number,
  comment: string,
  now: number,
) {
  return {
    matchers: { model: alert.model, monitor: alert.monitorId },
    endsAt: new Date(now + durationMs).toISOString(),
    comment: comment.trim(),
  };
}
