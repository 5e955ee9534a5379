import { useState } from "react";
import { useModelContext } from "../../app/model-context";
import { Panel } from "../../components/panel";
import { useViewState } from "../../state/use-view-state";
import { AttributionOverTime } from "./attribution-over-time";
import { DriftImpactTable } from "./drift-impact-table";
import { ExplainControls } from "./explain-controls";
import { ExplainLoadable } from "./explain-loadable";
import { callsEndpoint, EXPLAIN_PARAMS, readBaseline, readMethod, readSliceMetric } from "./explain-params";
import { useExplain } from "./explain-queries";
import { activeRequest, type ExplainRequest } from "./explain-request";
import { ImportancePanel } from "./importance-panel";
import { MultivariateOverTime } from "./multivariate-over-time";
import { SlicesPanel } from "./slices-panel";
import "./explain.css";

/**
 * Why the model changed: which features drive it and whether that moved (importance, NDCG), which drifted features
 * matter (drift impact), where it fails (root-cause slices) and drift of the features together (multivariate).
 * URL keys: `method=`, `baseline=`, `slices=`.
 */
export function ExplainView() {
  const { model } = useModelContext();
  const { window, param, setParams } = useViewState();
  const method = readMethod(param(EXPLAIN_PARAMS.method));
  const baseline = readBaseline(param(EXPLAIN_PARAMS.baseline));
  const sliceMetric = readSliceMetric(param(EXPLAIN_PARAMS.slices), model.task);
  const [asked, setAsked] = useState<ExplainRequest | null>(null);
  const request = activeRequest(method, baseline, window, asked);
  const explain = useExplain(model.name, request);
  const computed = callsEndpoint(method);

  return (
    <>
      <ExplainControls
        method={method}
        baseline={baseline}
        onChange={(patch) =>
          setParams({
            ...(patch.method !== undefined
              ? { [EXPLAIN_PARAMS.method]: patch.method === "logged" ? undefined : patch.method }
              : {}),
            ...(patch.baseline !== undefined
              ? { [EXPLAIN_PARAMS.baseline]: patch.baseline === "reference" ? undefined : patch.baseline }
              : {}),
          })
        }
      />
      <div className="grid explain-view">
        <ImportancePanel
          method={method}
          baseline={baseline}
          request={request}
          query={explain}
          window={window}
          onCompute={() => setAsked({ method, baseline, window })}
        />
        <Panel title="What explains this change" wide testId="explain-drift-impact">
          {request === null ? (
            <p className="muted">Drift impact appears with the importance above.</p>
          ) : (
            <ExplainLoadable
              query={explain}
              loading={computed ? "computing with the model's endpoint" : "Loading drift impact"}
              isEmpty={(a) => a.driftImpact.length === 0}
              empty="No feature has both a drift statistic and an importance in this window."
            >
              {(a) => <DriftImpactTable rows={a.driftImpact} />}
            </ExplainLoadable>
          )}
        </Panel>
        <AttributionOverTime model={model} window={window} />
        <SlicesPanel
          model={model}
          window={window}
          metric={sliceMetric}
          baseline={baseline}
          onMetric={(m) => setParams({ [EXPLAIN_PARAMS.slices]: m })}
        />
        <MultivariateOverTime model={model.name} window={window} />
      </div>
    </>
  );
}
