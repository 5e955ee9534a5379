import type { VersionInfo } from "../../api/types";

/**
 * Why a prediction cannot be explained, or null when it can: the explanation calls the version's endpoint, so a
 * version known to have none is said up front (an unknown version is left to the server to judge).
 */
export function explanationUnavailable(version: string, versions: readonly VersionInfo[]): string | null {
  const info = versions.find((v) => v.version === version);
  if (info === undefined || info.endpoint !== null) return null;
  return `Version ${version} has no prediction endpoint to compute an explanation with. Register one with PATCH /api/v1/models/…/versions/${version} {"endpoint": "http://…"}.`;
}
