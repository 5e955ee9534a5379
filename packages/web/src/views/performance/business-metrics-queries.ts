import { useQuery } from "@tanstack/react-query";
import { modelPath } from "../../api/queries";
import { useApi } from "../../auth/auth-context";
import type { BusinessMetricsAnswer } from "./business-metrics";

/** The model's business metric definitions; one cache entry shared by the performance, versions and monitors views. */
export function useBusinessMetrics(model: string) {
  const api = useApi();
  return useQuery({
    queryKey: ["model", model, "business-metrics"],
    queryFn: () => api.get<BusinessMetricsAnswer>(`${modelPath(model)}/business-metrics`),
  });
}
