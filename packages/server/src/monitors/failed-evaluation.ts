import { parseDuration } from "./duration.js";
import type { MonitorEvaluation } from "./monitor-evaluation.js";
import type { Monitor } from "./monitor-spec.js";

/**
 * What the scheduler records when a monitor cannot be evaluated at `at` (its version or reference is gone): no
 * data with the reason, so its alert follows the monitor's `noData` rule.
 */
export function failedEvaluation(monitor: Monitor, error: Error, at: number): MonitorEvaluation {
  return {
    at,
    from: at - parseDuration(monitor.window)!,
    value: null,
    count: 0,
    status: "nodata",
    reason: `cannot evaluate: ${error.message}`,
    version: null,
  };
}
