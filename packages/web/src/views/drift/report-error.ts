import { ApiError } from "../../api/api-error";

/** Why a window has nothing to compare, when that is an expected state rather than a failure. */
export type ReportGap =
  | { readonly kind: "no-reference"; readonly version: string | null }
  | { readonly kind: "no-rows" };

/**
 * Reads the server's answers that mean "nothing to compare yet": 409 TELLTALE_NO_REFERENCE (its details name the
 * version, or only the model when no version has a reference) and 422 TELLTALE_UNPROCESSABLE (an empty window).
 */
export function reportGap(error: unknown): ReportGap | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === "TELLTALE_NO_REFERENCE") {
    const version = error.details.version;
    return { kind: "no-reference", version: typeof version === "string" ? version : null };
  }
  if (error.status === 422 && error.code === "TELLTALE_UNPROCESSABLE") return { kind: "no-rows" };
  return null;
}

/** The text a panel shows for a gap, saying what to do about it. */
export function reportGapText(gap: ReportGap, model: string): string {
  if (gap.kind === "no-rows") {
    return "No predictions in this window: widen the window, or pick another version or segment.";
  }
  const path = (v: string) =>
    `PUT /api/v1/models/${encodeURIComponent(model)}/versions/${encodeURIComponent(v)}/reference`;
  return gap.version === null
    ? `No version of ${model} has a reference yet: upload a reference for a version (${path("<version>")}) to compare against.`
    : `Version ${gap.version} has no reference: upload a reference for version ${gap.version} (${path(gap.version)}) to compare against.`;
}
