import { keepPreviousData, useQueries } from "@tanstack/react-query";
import { keys, modelPath } from "../../api/queries";
import type { Timeseries } from "../../api/types";
import { useApi } from "../../auth/auth-context";
import { type ResolvedWindow, windowQuery } from "../../state/view-state";
import type { Sides } from "./compare-sides";

/** The window's timeseries once per compared side (the version filter set to it): two aggregate calls, in parallel. */
export function useSideSeries(
  model: string,
  window: ResolvedWindow,
  sides: Sides | null,
  metrics: readonly string[],
) {
  const api = useApi();
  const names = sides === null ? [] : [sides.a, sides.b];
  return useQueries({
    queries: names.map((version) => {
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
