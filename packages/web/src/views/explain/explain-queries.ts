import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { modelPath } from "../../api/queries";
import { useApi } from "../../auth/auth-context";
import { type ResolvedWindow, windowQuery } from "../../state/view-state";
import { callsEndpoint } from "./explain-params";
import type { ExplainRequest } from "./explain-request";
import type { Baseline, ExplainAnswer, SliceMetric, SlicesAnswer } from "./explain-types";

/**
 * Importance, NDCG and drift impact for a request (none: the query waits). An answer computed through the model's
 * endpoint is kept as long as the page lives and never retried on its own: each try costs the endpoint calls.
 */
export function useExplain(model: string, request: ExplainRequest | null) {
  const api = useApi();
  const computed = request !== null && callsEndpoint(request.method);
  return useQuery({
    queryKey: ["model", model, "explain", request] as const,
    queryFn: () =>
      api.get<ExplainAnswer>(`${modelPath(model)}/explain`, {
        ...windowQuery(request!.window),
        method: request!.method,
        baseline: request!.baseline,
      }),
    enabled: request !== null,
    ...(computed
      ? { staleTime: Number.POSITIVE_INFINITY, retry: false }
      : { placeholderData: keepPreviousData }),
  });
}

/** Root-cause slices of the window for a metric, against a baseline. */
export function useSlices(model: string, window: ResolvedWindow, metric: SliceMetric, baseline: Baseline) {
  const api = useApi();
  return useQuery({
    queryKey: ["model", model, "slices", window, metric, baseline] as const,
    queryFn: () =>
      api.get<SlicesAnswer>(`${modelPath(model)}/slices`, { ...windowQuery(window), metric, baseline }),
    placeholderData: keepPreviousData,
  });
}
