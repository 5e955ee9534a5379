import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { keys, modelPath } from "../../api/queries";
import type { AliasInfo } from "../../api/types";
import { useApi } from "../../auth/auth-context";
import { type ResolvedWindow, windowQuery } from "../../state/view-state";
import type { Sides } from "./compare-sides";
import type { AliasChange, CompareAnswer } from "./compare-types";

/** Under `keys.aliases`, so moving an alias (which invalidates the aliases) refetches every history too. */
const historyKey = (model: string, alias: string) => [...keys.aliases(model), alias, "history"] as const;
const compareKey = (model: string) => ["model", model, "compare"] as const;

export function useAliasHistory(model: string, alias: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: historyKey(model, alias ?? ""),
    queryFn: async () =>
      (
        await api.get<{ history: AliasChange[] }>(
          `${modelPath(model)}/aliases/${encodeURIComponent(alias ?? "")}/history`,
        )
      ).history,
    enabled: alias !== undefined,
  });
}

/** Two versions or aliases over the window's time range and segment; the window's own version filter does not apply. */
export function useCompare(model: string, window: ResolvedWindow, sides: Sides | null) {
  const api = useApi();
  const { version: _ignored, ...query } = windowQuery(window);
  return useQuery({
    queryKey: [...compareKey(model), sides?.a, sides?.b, query],
    queryFn: () =>
      api.get<CompareAnswer>(`${modelPath(model)}/compare`, { ...query, a: sides?.a, b: sides?.b }),
    enabled: sides !== null,
    placeholderData: keepPreviousData,
  });
}

/** PUT the alias (creating it when new), then refetch the aliases, their histories and any comparison naming it. */
export function useMoveAlias(model: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ alias, version }: { alias: string; version: string }) =>
      api.send<AliasInfo>("PUT", `${modelPath(model)}/aliases/${encodeURIComponent(alias)}`, { version }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.aliases(model) }),
        client.invalidateQueries({ queryKey: compareKey(model) }),
      ]),
  });
}
