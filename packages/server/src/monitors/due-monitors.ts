import { parseDuration } from "./duration.js";
import type { Monitor } from "./monitor-spec.js";

/**
 * The enabled monitors due at `now`: never evaluated, or last evaluated at least `every` ago. A monitor whose
 * definition changed since its last evaluation is due at once, so an edit takes effect without waiting.
 */
export function dueMonitors(
  monitors: readonly Monitor[],
  lastEvaluated: ReadonlyMap<string, number>,
  now: number,
): Monitor[] {
  return monitors.filter((m) => {
    if (!m.enabled) return false;
    const last = lastEvaluated.get(m.id);
    if (last === undefined || last < m.updatedAt) return true;
    return now - last >= parseDuration(m.every)!;
  });
}
