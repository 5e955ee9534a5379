import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../../auth/auth-context";
import type { Channel, ChannelTestAnswer } from "./monitor-types";

/** Channels belong to no model: one list for every model's monitors. */
export const channelsKey = ["channels"] as const;

export function useChannels() {
  const api = useApi();
  return useQuery({
    queryKey: channelsKey,
    queryFn: async () => (await api.get<{ channels: Channel[] }>("/api/v1/channels")).channels,
  });
}

export function useCreateChannel() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; config: Record<string, unknown> }) =>
      api.send<Channel>("POST", "/api/v1/channels", body),
    onSuccess: () => client.invalidateQueries({ queryKey: channelsKey }),
  });
}

/** A 409 names the monitors that still use the channel (`details.monitors`). */
export function useDeleteChannel() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.send<void>("DELETE", `/api/v1/channels/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: channelsKey }),
  });
}

/** Sends a test message now; the answer is the receiver's status and body. */
export function useTestChannel() {
  const api = useApi();
  return useMutation({
    mutationFn: (id: string) =>
      api.send<ChannelTestAnswer>("POST", `/api/v1/channels/${encodeURIComponent(id)}/test`),
  });
}
