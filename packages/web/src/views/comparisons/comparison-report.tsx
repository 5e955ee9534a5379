import type { AliasInfo, Comparison } from "../../api/types";
import type { QueryLike } from "../../components/panel";
import { BenchmarkPanel } from "./benchmark-panel";
import type { BusinessDefinition } from "./comparison-rows";
import { ComparisonSummary } from "./comparison-summary";
import { ProductionPanel } from "./production-panel";
import { ReplayBusinessPanel } from "./replay-business-panel";
import { ReplayPanel } from "./replay-panel";
import { versionLabel } from "./version-label";

/** A loaded comparison: its summary, then (once done) the benchmark, the baseline in production and the replay. */
export function ComparisonReport({
  comparison,
  aliases,
  definitions,
}: {
  readonly comparison: Comparison;
  readonly aliases: readonly AliasInfo[];
  readonly definitions: QueryLike<{ readonly metrics: readonly BusinessDefinition[] }>;
}) {
  const baseLabel = versionLabel(comparison.baseline, aliases);
  const candidateLabel = versionLabel(comparison.candidate, aliases);
  return (
    <div className="grid">
      <ComparisonSummary comparison={comparison} baseLabel={baseLabel} candidateLabel={candidateLabel} />
      {comparison.status === "done" && (
        <>
          <ReplayPanel comparison={comparison} candidateLabel={candidateLabel} />
          <ReplayBusinessPanel
            comparison={comparison}
            definitions={definitions}
            candidateLabel={candidateLabel}
          />
          <ProductionPanel comparison={comparison} baseLabel={baseLabel} />
          <BenchmarkPanel
            comparison={comparison}
            definitions={definitions.data?.metrics ?? []}
            baseLabel={baseLabel}
            candidateLabel={candidateLabel}
          />
        </>
      )}
    </div>
  );
}
