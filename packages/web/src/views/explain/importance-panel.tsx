import { EChart } from "../../charts/echart";
import { Badge } from "../../components/badge";
import { Empty, Panel, type QueryLike } from "../../components/panel";
import { formatNumber } from "../../format/format";
import type { ResolvedWindow } from "../../state/view-state";
import { ExplainLoadable } from "./explain-loadable";
import { BASELINE_LABELS, callsEndpoint, METHOD_LABELS } from "./explain-params";
import { type ExplainRequest, isOutdated } from "./explain-request";
import { computedForText, explainSummary } from "./explain-summary";
import type { Baseline, ExplainAnswer, ExplainMethod } from "./explain-types";
import { importanceBars, importanceChartHeight, importanceOption } from "./importance-option";
import { ndcgVerdict } from "./ndcg-verdict";

function ImportanceBody({
  answer,
  outdated,
}: {
  readonly answer: ExplainAnswer;
  readonly outdated: boolean;
}) {
  const verdict = ndcgVerdict(answer.ndcg, answer.ndcgThreshold, answer.baseline);
  const bars = importanceBars(answer.importance);
  return (
    <>
      <div className="stats explain-headline" data-testid="explain-ndcg">
        <div className="stat">
          <div className="value">{formatNumber(answer.ndcg)}</div>
          <div className="label">
            NDCG of the importance ranking
            {answer.baseline !== null ? ` vs ${BASELINE_LABELS[answer.baseline]}` : ""} (alert below{" "}
            {formatNumber(answer.ndcgThreshold)})
          </div>
        </div>
        <p className="explain-verdict">
          <Badge tone={verdict.tone}>{verdict.badge}</Badge> {verdict.text}
        </p>
      </div>
      {bars.features.length === 0 ? (
        <Empty>No feature has an importance in this window.</Empty>
      ) : (
        <EChart
          label={`Importance of the ${bars.features.length} most important features in this window${bars.baseline !== null ? ", beside the baseline" : ""}`}
          option={importanceOption(bars, answer.method, answer.baseline)}
          height={importanceChartHeight(bars.features.length, bars.baseline !== null)}
          testId="importance-chart"
        />
      )}
      <p className="muted explain-note">
        {explainSummary(answer)} {outdated ? computedForText(answer) : ""}
      </p>
    </>
  );
}

export interface ImportancePanelProps {
  readonly method: ExplainMethod;
  readonly baseline: Baseline;
  /** Null while a method that calls the endpoint waits to be asked. */
  readonly request: ExplainRequest | null;
  readonly query: QueryLike<ExplainAnswer>;
  readonly window: ResolvedWindow;
  readonly onCompute: () => void;
}

/** Which features drive the model in the window, against the baseline, and whether that ranking moved (NDCG). */
export function ImportancePanel({
  method,
  baseline,
  request,
  query,
  window,
  onCompute,
}: ImportancePanelProps) {
  const computed = callsEndpoint(method);
  const outdated = computed && request !== null && isOutdated(request, window);
  const button = (text: string) => (
    <button type="button" onClick={onCompute} data-testid="explain-compute">
      {text}
    </button>
  );
  return (
    <Panel
      title="Feature importance"
      wide
      testId="explain-importance"
      actions={computed && request !== null && outdated ? button("Recompute for this window") : undefined}
    >
      {request === null ? (
        <Empty>
          <p>
            {METHOD_LABELS[method]} calls the version's prediction endpoint on a sample of the window and
            compares with {BASELINE_LABELS[baseline]}; it can take a while.
          </p>
          {button("Compute")}
        </Empty>
      ) : (
        <ExplainLoadable
          query={query}
          loading={computed ? "computing with the model's endpoint" : "Loading importance"}
        >
          {(answer) => <ImportanceBody answer={answer} outdated={outdated} />}
        </ExplainLoadable>
      )}
    </Panel>
  );
}
