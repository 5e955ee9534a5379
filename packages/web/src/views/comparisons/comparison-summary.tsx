import { Link } from "react-router";
import type { Comparison } from "../../api/types";
import { Loading, Panel } from "../../components/panel";
import { DASH, formatDuration, formatTime } from "../../format/format";
import { alertPath } from "./comparison-links";
import { POLL_MS } from "./comparison-status";
import { ComparisonStatusBadge } from "./comparison-status-badge";

function Trigger({ comparison }: { readonly comparison: Comparison }) {
  const { trigger, model } = comparison;
  if (trigger === null) return <>Started by hand</>;
  const details = [
    trigger.actionId !== null ? `action ${trigger.actionId}` : null,
    trigger.runId !== null ? `run ${trigger.runId}` : null,
  ].filter((d) => d !== null);
  return (
    <>
      {trigger.alertId !== null ? (
        <>
          Retraining after alert{" "}
          <Link to={alertPath(model, trigger.alertId)} data-testid="comparison-alert-link">
            {trigger.alertId}
          </Link>
        </>
      ) : (
        "A scheduled retraining"
      )}
      {details.length > 0 && <span className="muted"> ({details.join(", ")})</span>}
    </>
  );
}

function Instant({ iso }: { readonly iso: string }) {
  return (
    <time dateTime={iso} title={iso}>
      {formatTime(iso)}
    </time>
  );
}

/** What is compared on which window, why, and how far the computation is: pending, done or failed with its error. */
export function ComparisonSummary({
  comparison,
  baseLabel,
  candidateLabel,
}: {
  readonly comparison: Comparison;
  readonly baseLabel: string;
  readonly candidateLabel: string;
}) {
  const c = comparison;
  const span = Date.parse(c.window.to) - Date.parse(c.window.from);
  const took = c.completedAt === null ? null : Date.parse(c.completedAt) - Date.parse(c.createdAt);
  return (
    <Panel title="Comparison" wide testId="comparison-summary">
      <dl className="comparison-facts">
        <div>
          <dt>Status</dt>
          <dd data-testid="comparison-status">
            <ComparisonStatusBadge status={c.status} />
          </dd>
        </div>
        <div>
          <dt>Candidate (new)</dt>
          <dd>{candidateLabel}</dd>
        </div>
        <div>
          <dt>Baseline (current)</dt>
          <dd>{baseLabel}</dd>
        </div>
        <div>
          <dt>Window</dt>
          <dd>
            <Instant iso={c.window.from} /> to <Instant iso={c.window.to} />{" "}
            <span className="muted">({formatDuration(span)})</span>
          </dd>
        </div>
        <div>
          <dt>Trigger</dt>
          <dd>
            <Trigger comparison={c} />
          </dd>
        </div>
        <div>
          <dt>Started</dt>
          <dd>
            <Instant iso={c.createdAt} />
          </dd>
        </div>
        <div>
          <dt>Finished</dt>
          <dd>
            {c.completedAt === null ? (
              DASH
            ) : (
              <>
                <Instant iso={c.completedAt} />
                {took !== null && <span className="muted"> (took {formatDuration(took)})</span>}
              </>
            )}
          </dd>
        </div>
      </dl>
      {c.status === "pending" && (
        <Loading what={`Comparing ${c.candidate} with ${c.baseline}; checked every ${POLL_MS / 1000} s`} />
      )}
      {c.status === "failed" && (
        <div className="state error" role="alert" data-testid="comparison-error">
          <strong>The comparison failed</strong>: {c.error ?? "the server recorded no reason"}
          <div className="hint">
            Fix the cause (often the candidate's prediction endpoint not answering), then start it again with{" "}
            <code className="wrap-anywhere">POST /api/v1/models/{c.model}/comparisons</code>.
          </div>
        </div>
      )}
      <p className="muted">The window is the comparison's own: the window controls above do not change it.</p>
    </Panel>
  );
}
