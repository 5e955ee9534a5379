import type { ResolvedWindow } from "../../state/view-state";
import { callsEndpoint } from "./explain-params";
import type { Baseline, ExplainMethod } from "./explain-types";

export interface ExplainRequest {
  readonly method: ExplainMethod;
  readonly baseline: Baseline;
  readonly window: ResolvedWindow;
}

/**
 * The explain request to run now. Logged attributions follow the window (live windows included); a method that
 * calls the model's endpoint runs only for the request the user asked for, so a live window moving every 30 s
 * does not send thousands of calls to the endpoint each time.
 */
export function activeRequest(
  method: ExplainMethod,
  baseline: Baseline,
  window: ResolvedWindow,
  asked: ExplainRequest | null,
): ExplainRequest | null {
  if (!callsEndpoint(method)) return { method, baseline, window };
  if (asked === null || asked.method !== method || asked.baseline !== baseline) return null;
  return asked;
}

/** True when the asked request's window is not the one on screen any more (the user moved it, or it is live). */
export function isOutdated(request: ExplainRequest, window: ResolvedWindow): boolean {
  const a = request.window;
  return (
    a.from !== window.from ||
    a.to !== window.to ||
    a.version !== window.version ||
    a.segment !== window.segment
  );
}
