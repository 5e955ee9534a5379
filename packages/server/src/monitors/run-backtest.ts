import type { Services } from "../server/services.js";
import { type BacktestFold, foldBacktest } from "./backtest-fold.js";
import { backtestInstants, backtestStep } from "./backtest-plan.js";
import { parseDuration } from "./duration.js";
import { evaluateRequests } from "./evaluate-monitor.js";
import { failedEvaluation } from "./failed-evaluation.js";
import type { Monitor } from "./monitor-spec.js";

export interface Backtest extends BacktestFold {
  readonly from: number;
  readonly to: number;
  readonly stepMs: number;
}

/**
 * A monitor replayed over [from, to]: evaluated as the scheduler would at each instant of the plan, all instants
 * read together, and folded into the alerts it would have raised. Nothing is stored or notified; an instant that
 * cannot be evaluated is no data with the reason, as the scheduler records it.
 */
export async function runBacktest(
  services: Services,
  monitor: Monitor,
  from: number,
  to: number,
): Promise<Backtest> {
  const stepMs = backtestStep(to - from, parseDuration(monitor.every)!, parseDuration(monitor.window)!);
  const instants = backtestInstants(from, to, stepMs);
  const results = await evaluateRequests(
    services,
    instants.map((at) => ({ monitor, at })),
  );
  const evaluations = results.map((r, i) =>
    r instanceof Error ? failedEvaluation(monitor, r, instants[i]!) : r,
  );
  return { from, to, stepMs, ...foldBacktest(monitor, evaluations) };
}
