import type { Comparison } from "../../api/types";
import { Empty, Loadable, Panel, type QueryLike } from "../../components/panel";
import { formatCount } from "../../format/format";
import { businessDeltaText, businessText, businessTitle } from "./business-text";
import { type BusinessDefinition, replayBusinessRows } from "./comparison-rows";
import { directionText, SideBySideTable } from "./side-by-side-table";

/** The model's business metrics (a cost of errors, a revenue) on the replayed rows: served against the candidate. */
export function ReplayBusinessPanel({
  comparison,
  definitions,
  candidateLabel,
}: {
  readonly comparison: Comparison;
  readonly definitions: QueryLike<{ readonly metrics: readonly BusinessDefinition[] }>;
  readonly candidateLabel: string;
}) {
  const { replay } = comparison;
  return (
    <Panel title="Business metrics in the replay" testId="comparison-business">
      {replay === null ? (
        <Empty>No replay: {comparison.replayNote ?? "the server gave no reason"}.</Empty>
      ) : (
        <Loadable
          query={definitions}
          isEmpty={(d) => replayBusinessRows(replay, d.metrics).length === 0}
          empty={
            <>
              No business metrics were computed. Define one (a cost of errors, a revenue) with{" "}
              <code className="wrap-anywhere">POST /api/v1/models/{comparison.model}/business-metrics</code>{" "}
              and later comparisons show it here.
            </>
          }
        >
          {(d) => (
            <>
              <SideBySideTable
                rows={replayBusinessRows(replay, d.metrics)}
                testId="comparison-business-table"
                caption={`Business metrics of the predictions served and of the candidate ${candidateLabel} on the replayed rows, their difference and the better side`}
                baseLabel="Served"
                candidateLabel={`Candidate ${candidateLabel}`}
                baseName="Served"
                candidateName="Candidate"
                value={(r, v) => businessText(v, r.unit)}
                difference={(r) => businessDeltaText(r.difference, r.unit)}
                name={(r) => (
                  <>
                    {businessTitle(r.metric, r.unit)}
                    <div className="muted comparison-direction">
                      {r.defined ? directionText(r) : "no longer defined"}
                    </div>
                  </>
                )}
              />
              <p className="muted">
                Totals over the same {formatCount(replay.rows)} rows, so they compare directly; difference is
                candidate − served.
              </p>
            </>
          )}
        </Loadable>
      )}
    </Panel>
  );
}
