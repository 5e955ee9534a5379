import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "../api/api-error";

/** Client errors (4xx) are answers, not glitches: only network failures and 5xx are retried, twice. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchOnWindowFocus: false,
        retry: (count, error) =>
          count < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
      },
    },
  });
}
