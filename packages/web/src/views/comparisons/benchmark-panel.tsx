import type { Comparison } from "../../api/types";
import { Empty, Panel } from "../../components/panel";
import { type BusinessDefinition, benchmarkRows } from "./comparison-rows";
import { SideBySideTable } from "./side-by-side-table";

/** The offline metrics both versions registered, side by side. */
export function BenchmarkPanel({
  comparison,
  definitions,
  baseLabel,
  candidateLabel,
}: {
  readonly comparison: Comparison;
  readonly definitions: readonly BusinessDefinition[];
  readonly baseLabel: string;
  readonly candidateLabel: string;
}) {
  const rows = benchmarkRows(comparison.benchmark, definitions);
  return (
    <Panel title="Offline benchmark" wide testId="comparison-benchmark-panel">
      {rows.length === 0 ? (
        <Empty>Neither version registered offline metrics (the `metrics` of a version's registration).</Empty>
      ) : (
        <>
          <SideBySideTable
            rows={rows}
            testId="comparison-benchmark"
            caption={`Offline benchmark of the baseline ${baseLabel} and the candidate ${candidateLabel}, their difference and the better side`}
            baseLabel={`Baseline ${baseLabel}`}
            candidateLabel={`Candidate ${candidateLabel}`}
            baseName="Baseline"
            candidateName="Candidate"
          />
          <p className="muted">
            As each version was registered, measured by whoever trained it; difference is candidate −
            baseline.
          </p>
        </>
      )}
    </Panel>
  );
}
