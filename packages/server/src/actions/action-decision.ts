import { parseDuration } from "../monitors/duration.js";
import type { ActionDefinition, ActionRun } from "./action-spec.js";

/**
 * Whether an action runs for an alert that just started firing: never twice for one alert (one firing), and not
 * within `cooldown` of its last run that did something (or would have, in a dry run).
 */
export function actionDecision(
  definition: ActionDefinition,
  runs: readonly ActionRun[],
  alertId: string,
  now: number,
): { run: true } | { run: false; reason: string } {
  if (runs.some((r) => r.alertId === alertId)) return { run: false, reason: "already ran for this alert" };
  const cooldownMs = parseDuration(definition.cooldown)!;
  const last = runs
    .filter((r) => r.status === "done" || r.status === "dry-run")
    .reduce((latest, r) => Math.max(latest, r.at), Number.NEGATIVE_INFINITY);
  if (now - last < cooldownMs) {
    return { run: false, reason: `in cooldown until ${new Date(last + cooldownMs).toISOString()}` };
  }
  return { run: true };
}

/**
 * The version a rollback moves an alias to: the given one, or for `previous` the version the alias pointed at
 * before it was last set to its current one (from its audit history, newest first).
 */
export function rollbackTarget(
  to: string,
  current: string | undefined,
  history: readonly { action: string; version: string | null; previous: string | null }[],
): { version: string } | { error: string } {
  if (to !== "previous") return { version: to };
  if (current === undefined) return { error: "the alias points at no version" };
  const set = history.find((h) => h.action === "set" && h.version === current && h.previous !== null);
  return set?.previous
    ? { version: set.previous }
    : { error: `the alias has no version before '${current}'` };
}
