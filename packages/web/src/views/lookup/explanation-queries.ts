import { useQuery } from "@tanstack/react-query";
import { modelPath } from "../../api/queries";
import { useApi } from "../../auth/auth-context";
import type { PredictionExplanation } from "./explanation-types";

/** Rows of the reference summarised by k-means as the background; the server's default. */
export const EXPLANATION_BACKGROUND = 50;

/**
 * One prediction's Kernel SHAP, only once asked (it calls the model's endpoint thousands of times): kept for the
 * page's life and never retried on its own.
 */
export function usePredictionExplanation(model: string, id: string, asked: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: ["model", model, "explanation", id, EXPLANATION_BACKGROUND] as const,
    queryFn: () =>
      api.get<PredictionExplanation>(
        `${modelPath(model)}/predictions/${encodeURIComponent(id)}/explanation`,
        { background: EXPLANATION_BACKGROUND },
      ),
    enabled: asked,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
