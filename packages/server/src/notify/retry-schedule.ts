/** Waits before the 2nd … 5th try: about ten minutes from the first try to the last. */
export const RETRY_DELAYS_MS = [30_000, 60_000, 150_000, 360_000] as const;

export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/**
 * When to try a delivery again after `attempts` failed tries, or null when it has had all its tries. A quarter of
 * jitter (from `random`, in [0, 1)) spreads the retries of many deliveries to a receiver that was down.
 */
export function nextAttemptAt(attempts: number, now: number, random: number): number | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  const delay = RETRY_DELAYS_MS[attempts - 1]!;
  return now + Math.round(delay * (0.75 + 0.25 * random));
}
