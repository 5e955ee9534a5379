import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useApi } from "../auth/auth-context";
import { type ResolvedWindow, windowQuery } from "../state/view-state";
import type { AlertInfo, AliasInfo, ModelInfo, Report, Timeseries, VersionInfo } from "./types";

const m = (model: string) => `/api/v1/models/${encodeURIComponent(model)}`;

/** Query keys: `["model", name, …]` for everything of one model, so a model's data can be invalidated at once. */
export const keys = {
  models: ["models"] as const,
  model: (model: string) => ["model", model] as const,
  versions: (model: string) => ["model", model, "versions"] as const,
  aliases: (model: string) => ["model", model, "aliases"] as const,
  timeseries: (model: string, window: ResolvedWindow, metrics: readonly string[]) =>
    ["model", model, "timeseries", window, [...metrics].sort().join(",")] as const,
  report: (model: string, window: ResolvedWindow) => ["model", model, "report", window] as const,
  alerts: (model: string | undefined, state?: string) => ["alerts", model ?? "*", state ?? "*"] as const,
};

export function useModels() {
  const api = useApi();
  return useQuery({
    queryKey: keys.models,
    queryFn: async () => (await api.get<{ models: ModelInfo[] }>("/api/v1/models")).models,
  });
}

export function useModel(model: string) {
  const api = useApi();
  return useQuery({ queryKey: keys.model(model), queryFn: () => api.get<ModelInfo>(m(model)) });
}

export function useVersions(model: string) {
  const api = useApi();
  return useQuery({
    queryKey: keys.versions(model),
    queryFn: async () => (await api.get<{ versions: VersionInfo[] }>(`${m(model)}/versions`)).versions,
  });
}

export function useAliases(model: string) {
  const api = useApi();
  return useQuery({
    queryKey: keys.aliases(model),
    queryFn: async () => (await api.get<{ aliases: AliasInfo[] }>(`${m(model)}/aliases`)).aliases,
  });
}

/**
 * Metrics per bucket over the window. The previous answer stays on screen while a live window moves, so charts
 * update in place instead of flashing a spinner on every new batch.
 */
export function useTimeseries(
  model: string,
  window: ResolvedWindow,
  metrics: readonly string[],
  enabled = true,
) {
  const api = useApi();
  return useQuery({
    queryKey: keys.timeseries(model, window, metrics),
    queryFn: () =>
      api.get<Timeseries>(`${m(model)}/timeseries`, {
        ...windowQuery(window),
        interval: window.interval,
        metrics: metrics.join(","),
      }),
    enabled: enabled && metrics.length > 0,
    placeholderData: keepPreviousData,
  });
}

/** The window's report: the same JSON as `telltale report`, computed on the server from the window's rows. */
export function useReport(model: string, window: ResolvedWindow, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: keys.report(model, window),
    queryFn: () =>
      api.get<Report & { window: Record<string, string | null> }>(`${m(model)}/report`, windowQuery(window)),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useAlerts(model: string | undefined, state?: AlertInfo["state"], live = 0) {
  const api = useApi();
  return useQuery({
    queryKey: [...keys.alerts(model, state), live],
    queryFn: async () =>
      (await api.get<{ alerts: AlertInfo[] }>("/api/v1/alerts", { model, state, limit: 500 })).alerts,
    placeholderData: keepPreviousData,
  });
}

/** The series of one metric in a timeseries answer, or an empty list. */
export function seriesOf(data: Timeseries | undefined, metric: string) {
  return data?.series.find((s) => s.metric === metric)?.points ?? [];
}

export { m as modelPath };
