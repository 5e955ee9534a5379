/** What one HTTP status means for a batch; the decision lives here so the retry loop has no policy in it. */
export type StatusClass = "delivered" | "retry" | "reject";

/**
 * 2xx delivered; 429 and 5xx retried because ingest is idempotent by record id; any other status (4xx: bad key,
 * unknown model, malformed body, too large) would fail again the same way, so it is never retried.
 */
export function classifyStatus(status: number): StatusClass {
  if (status >= 200 && status < 300) return "delivered";
  if (status === 429 || status >= 500) return "retry";
  return "reject";
}
