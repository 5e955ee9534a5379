import type { Comparison } from "../../api/types";
import { Empty, Panel } from "../../components/panel";
import { formatCount } from "../../format/format";
import { replayMetricRows, verdict } from "./comparison-rows";
import { SideBySideTable } from "./side-by-side-table";
import { verdictText } from "./verdict-text";

/**
 * Historical replay: the window's labelled rows through the candidate's endpoint beside the predictions served on
 * the same rows, so both sides are measured on exactly the same rows and labels.
 */
export function ReplayPanel({
  comparison,
  candidateLabel,
}: {
  readonly comparison: Comparison;
  readonly candidateLabel: string;
}) {
  const { replay } = comparison;
  if (replay === null) {
    return (
      <Panel title="Historical replay" wide testId="comparison-replay-panel">
        <Empty>No replay: {comparison.replayNote ?? "the server gave no reason"}.</Empty>
      </Panel>
    );
  }
  const rows = replayMetricRows(replay);
  return (
    <Panel title="Historical replay" wide testId="comparison-replay-panel">
      <p>
        The window's {formatCount(replay.rows)} labelled rows through {comparison.candidate}'s prediction
        endpoint, beside the predictions served on the same rows (by whichever version served each).
      </p>
      {rows.length === 0 ? (
        <Empty>The replay measured no metrics.</Empty>
      ) : (
        <>
          <p data-testid="comparison-verdict">
            <strong>{verdictText(verdict(rows), "the candidate", "what was served")}</strong>
          </p>
          <SideBySideTable
            rows={rows}
            testId="comparison-replay"
            caption={`Metrics of the predictions served and of the candidate ${candidateLabel} on the same ${formatCount(replay.rows)} labelled rows, their difference and the better side`}
            baseLabel="Served"
            candidateLabel={`Candidate ${candidateLabel}`}
            baseName="Served"
            candidateName="Candidate"
          />
          <p className="muted">Difference is candidate − served; “better” follows each metric's direction.</p>
        </>
      )}
    </Panel>
  );
}
