import type { QualitySeries } from "./quality-series";

/** Why out-of-range and new-category shares are missing from the charts, when the server could not give them. */
export function UnsupportedNote({ series }: { readonly series: QualitySeries }) {
  const { error } = series.problems;
  if (!error || series.problems.data !== undefined) return null;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <p className="muted quality-note" role="note" data-testid="quality-unsupported">
      {series.problemsUnsupported
        ? "This server does not track out-of-range and new-category shares over time yet: missing shares only."
        : `Out-of-range and new-category shares over time could not be loaded (${message}): missing shares only.`}
    </p>
  );
}
