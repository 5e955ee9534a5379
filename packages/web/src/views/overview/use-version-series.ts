import { keepPreviousData, useQueries } from "@tanstack/react-query";
import { keys, modelPath } from "../../api/queries";
import type { Timeseries } from "../../api/types";
import { useApi } from "../../auth/auth-context";
import { type ResolvedWindow, windowQuery } from "../../state/view-state";

/** One timeseries per version (the window filtered to it), fetched in parallel. */
export function useVersionSeries(
  model: string,
  window: ResolvedWindow,
  versions: readonly string[],
  metrics: readonly string[],
) {
  const api = useApi();
  return useQueries({
    queries: versions.map((version) => {
      const scoped: ResolvedWindow = { ...window, version };
      return {
        queryKey: keys.timeseries(model, scoped, metrics),
        queryFn: () =>
          api.get<Timeseries>(`${modelPath(model)}/timeseries`, {
            ...windowQuery(scoped),
            interval: scoped.interval,
            metrics: metrics.join(","),
          }),
        enabled: metrics.length > 0,
        placeholderData: keepPreviousData,
      };
    }),
  });
}
