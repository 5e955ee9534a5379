import { parseDuration } from "../monitors/duration.js";
import type { Services } from "../server/services.js";

/** The longest a signed export link may live. */
export const MAX_LINK_MS = 30 * 86_400_000;

/** An absolute export URL signed to expire `expiresIn` from now. */
export function signedExportLink(
  services: Services,
  model: string,
  query: Readonly<Record<string, string>>,
  expiresIn: string,
): { url: string; expiresAt: number } {
  const expiresAt = services.now() + (parseDuration(expiresIn) ?? 86_400_000);
  const search = new URLSearchParams(
    Object.entries(query).filter(([k]) => k !== "expires" && k !== "signature"),
  );
  const path = services.signer.sign(
    `/api/v1/models/${encodeURIComponent(model)}/export?${search.toString()}`,
    expiresAt,
  );
  return { url: `${services.externalUrl()}${path}`, expiresAt: Math.floor(expiresAt / 1000) * 1000 };
}
