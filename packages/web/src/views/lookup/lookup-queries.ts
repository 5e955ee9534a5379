import { useQuery } from "@tanstack/react-query";
import { ApiError } from "../../api/api-error";
import { modelPath } from "../../api/queries";
import type { ModelInfo } from "../../api/types";
import { useApi } from "../../auth/auth-context";
import type { LookupResult, PredictionContext, StoredPrediction } from "./lookup-types";
import { fromContext, fromPrediction } from "./to-lookup-result";

const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

/**
 * One prediction with its reference context; a server without the context endpoint answers 404 there, and the
 * plain prediction is shown instead (its own 404 then means the id is unknown).
 */
export function usePredictionLookup(model: ModelInfo, id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ["model", model.name, "lookup", id ?? ""],
    queryFn: async (): Promise<LookupResult> => {
      const path = `${modelPath(model.name)}/predictions/${encodeURIComponent(id ?? "")}`;
      try {
        return fromContext(await api.get<PredictionContext>(`${path}/context`));
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
      return fromPrediction(await api.get<StoredPrediction>(path), model.features);
    },
    enabled: id !== undefined,
    retry: (failures, error) => !isNotFound(error) && failures < 2,
  });
}

export { isNotFound };
