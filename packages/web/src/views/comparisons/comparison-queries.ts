import { useQuery } from "@tanstack/react-query";
import { modelPath } from "../../api/queries";
import type { Comparison } from "../../api/types";
import { useApi } from "../../auth/auth-context";
import { comparisonPollMs, listPollMs } from "./comparison-status";

export interface ComparisonFilter {
  /** Only the comparisons a retrain for this alert led to. */
  readonly alert?: string;
  /** Only the comparisons of this new version. */
  readonly candidate?: string;
}

export const comparisonKeys = {
  list: (model: string, filter: ComparisonFilter) => ["model", model, "comparisons", "list", filter] as const,
  one: (model: string, id: string) => ["model", model, "comparisons", "one", id] as const,
};

/** One comparison, asked for again every 2 s while it is computed. */
export function useComparison(model: string, id: string) {
  const api = useApi();
  return useQuery({
    queryKey: comparisonKeys.one(model, id),
    queryFn: () => api.get<Comparison>(`${modelPath(model)}/comparisons/${encodeURIComponent(id)}`),
    refetchInterval: (query) => comparisonPollMs(query.state.data?.status),
  });
}

/** A model's comparisons, newest first; polled while any is pending. */
export function useComparisons(model: string, filter: ComparisonFilter = {}) {
  const api = useApi();
  return useQuery({
    queryKey: comparisonKeys.list(model, filter),
    queryFn: async () =>
      (
        await api.get<{ comparisons: Comparison[] }>(`${modelPath(model)}/comparisons`, {
          alert: filter.alert,
          candidate: filter.candidate,
        })
      ).comparisons,
    refetchInterval: (query) => listPollMs(query.state.data?.map((c) => c.status)),
  });
}
