import type { ComparisonStatus } from "../../api/types";
import type { Tone } from "../../components/badge";

/** How often a pending comparison is asked for again, in ms. */
export const POLL_MS = 2_000;
/** How often a list with nothing pending refreshes, in ms, so a comparison a registration starts shows up. */
export const LIST_REFRESH_MS = 30_000;

export const STATUS_TONE: Readonly<Record<ComparisonStatus, Tone>> = {
  pending: "info",
  done: "good",
  failed: "bad",
};

/** The refetch interval for one comparison: poll while pending, stop once done or failed (or not loaded). */
export function comparisonPollMs(status: ComparisonStatus | undefined): number | false {
  return status === "pending" ? POLL_MS : false;
}

/** The refetch interval for a list: poll while any is pending, else refresh now and then. */
export function listPollMs(statuses: readonly ComparisonStatus[] | undefined): number {
  return statuses?.includes("pending") ? POLL_MS : LIST_REFRESH_MS;
}
