import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { modelPath } from "../../api/queries";
import { useApi } from "../../auth/auth-context";
import type { Backtest, Evaluation, Monitor, MonitorBody } from "./monitor-types";

/** Under the model's key, so a change to the model refetches its monitors too. */
export const monitorsKey = (model: string) => ["model", model, "monitors"] as const;

export function useMonitors(model: string) {
  const api = useApi();
  return useQuery({
    queryKey: monitorsKey(model),
    queryFn: async () => (await api.get<{ monitors: Monitor[] }>(`${modelPath(model)}/monitors`)).monitors,
  });
}

/** The monitors of several models at once (the global alerts page names each alert's monitor). */
export function useMonitorsOf(models: readonly string[]) {
  const api = useApi();
  return useQueries({
    queries: models.map((model) => ({
      queryKey: monitorsKey(model),
      queryFn: async () => (await api.get<{ monitors: Monitor[] }>(`${modelPath(model)}/monitors`)).monitors,
    })),
    combine: (results) => {
      const byId = new Map<string, Monitor>();
      for (const r of results) for (const m of r.data ?? []) byId.set(m.id, m);
      return {
        byId,
        pending: results.some((r) => r.isPending),
        error: results.find((r) => r.error)?.error ?? null,
      };
    },
  });
}

/** Each monitor's latest scheduled evaluation; `now` (the live clock) in the key refetches them as it moves. */
export function useLastEvaluations(model: string, ids: readonly string[], now: number) {
  const api = useApi();
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: [...monitorsKey(model), id, "history", 1, now],
      queryFn: async () =>
        (
          await api.get<{ evaluations: Evaluation[] }>(
            `${modelPath(model)}/monitors/${encodeURIComponent(id)}/history`,
            { limit: 1 },
          )
        ).evaluations[0] ?? null,
      placeholderData: (previous: Evaluation | null | undefined) => previous,
    })),
    combine: (results) =>
      new Map(
        ids.map((id, i) => [id, { data: results[i]?.data, error: results[i]?.error ?? null }] as const),
      ),
  });
}

/** A monitor's latest scheduled evaluations, newest first (at most `limit`), refetched as the live clock moves. */
export function useMonitorHistory(model: string, id: string, limit: number, now: number) {
  const api = useApi();
  return useQuery({
    queryKey: [...monitorsKey(model), id, "history", limit, now],
    queryFn: async () =>
      (
        await api.get<{ evaluations: Evaluation[] }>(
          `${modelPath(model)}/monitors/${encodeURIComponent(id)}/history`,
          { limit },
        )
      ).evaluations,
    placeholderData: (previous: Evaluation[] | undefined) => previous,
  });
}

/** Creates (no id) or changes (PATCH) a monitor, then refetches the model's monitors. */
export function useSaveMonitor(model: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: MonitorBody }) =>
      id === null
        ? api.send<Monitor>("POST", `${modelPath(model)}/monitors`, body)
        : api.send<Monitor>("PATCH", `${modelPath(model)}/monitors/${encodeURIComponent(id)}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: monitorsKey(model) }),
  });
}

export function useDeleteMonitor(model: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.send<void>("DELETE", `${modelPath(model)}/monitors/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: monitorsKey(model) }),
  });
}

/** Replays the form's monitor over the past week (the server's default range) without saving it. */
export function useBacktest(model: string) {
  const api = useApi();
  return useMutation({
    mutationFn: (body: MonitorBody) =>
      api.send<Backtest>("POST", `${modelPath(model)}/monitors/backtest`, { monitor: body }),
  });
}
