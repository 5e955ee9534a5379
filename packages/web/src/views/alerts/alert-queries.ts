import {
  keepPreviousData,
  type QueryKey,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { keys } from "../../api/queries";
import { useApi } from "../../auth/auth-context";
import type { Alert, AlertState, Delivery, Silence } from "./alert-types";

const silencesKey = ["silences"] as const;

/** Keeps the previous answer while only the clock (the key's last part) moved, not when the question changed. */
const sameQuestion =
  <T>(key: QueryKey) =>
  (previous: T | undefined, query: { queryKey: QueryKey } | undefined): T | undefined =>
    query !== undefined && JSON.stringify(query.queryKey.slice(0, -1)) === JSON.stringify(key.slice(0, -1))
      ? previous
      : undefined;

/**
 * Alerts, most recently changed first; `now` (the live clock, moved by the model's SSE `alert` and `ingest` events
 * and every 30 s) in the key refetches them as it moves, the previous list staying on screen meanwhile.
 */
export function useAlertList(
  model: string | undefined,
  state: AlertState | undefined,
  now: number,
  enabled = true,
) {
  const api = useApi();
  const queryKey = [...keys.alerts(model, state), now];
  return useQuery({
    queryKey,
    queryFn: async () =>
      (await api.get<{ alerts: Alert[] }>("/api/v1/alerts", { model, state, limit: 500 })).alerts,
    placeholderData: sameQuestion<Alert[]>(queryKey),
    enabled,
  });
}

export function useSilences(now: number) {
  const api = useApi();
  return useQuery({
    queryKey: [...silencesKey, now],
    queryFn: async () => (await api.get<{ silences: Silence[] }>("/api/v1/silences")).silences,
    placeholderData: keepPreviousData,
  });
}

/** Creating or ending a silence refetches silences and alerts (whose `silencedBy` may change). */
function useSilenceMutation<T>(run: (api: ReturnType<typeof useApi>, input: T) => Promise<Silence>) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: T) => run(api, input),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: silencesKey }),
        client.invalidateQueries({ queryKey: ["alerts"] }),
      ]),
  });
}

export const useCreateSilence = () =>
  useSilenceMutation((api, body: { matchers: Record<string, string>; endsAt: string; comment: string }) =>
    api.send<Silence>("POST", "/api/v1/silences", body),
  );

export const useExpireSilence = () =>
  useSilenceMutation((api, id: string) =>
    api.send<Silence>("DELETE", `/api/v1/silences/${encodeURIComponent(id)}`),
  );

/**
 * The notifications sent about one alert. The server filters by `alert=`; the list is filtered here too, so a
 * server that ignores the filter still shows only this alert's deliveries.
 */
export function useDeliveries(alertId: string, now: number) {
  const api = useApi();
  const queryKey = ["deliveries", alertId, now];
  return useQuery({
    queryKey,
    queryFn: async () =>
      (
        await api.get<{ deliveries: Delivery[] }>("/api/v1/deliveries", { alert: alertId, limit: 200 })
      ).deliveries.filter((d) => d.alertId === alertId),
    placeholderData: sameQuestion<Delivery[]>(queryKey),
  });
}
