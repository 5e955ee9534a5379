import { useState } from "react";
import type { VersionInfo } from "../../api/types";
import { EChart } from "../../charts/echart";
import { Panel } from "../../components/panel";
import { ExplainLoadable } from "../explain/explain-loadable";
import { explanationUnavailable } from "./explanation-availability";
import { usePredictionExplanation } from "./explanation-queries";
import type { PredictionExplanation } from "./explanation-types";
import {
  explanationMethodText,
  explanationOption,
  explanationSumText,
  waterfallSteps,
} from "./explanation-waterfall";

function ExplanationBody({ explanation }: { readonly explanation: PredictionExplanation }) {
  const steps = waterfallSteps(explanation);
  return (
    <>
      <p data-testid="explanation-sum">{explanationSumText(explanation)}</p>
      <EChart
        label={`How each feature moves the output from the expected value ${explanation.expectedValue} to ${explanation.output}`}
        option={explanationOption(steps, explanation.expectedValue, explanation.output)}
        height={60 + steps.length * 28}
        testId="explanation-chart"
      />
      <p className="muted">{explanationMethodText(explanation)}</p>
    </>
  );
}

/** "Explain this prediction": Kernel SHAP through the version's endpoint, drawn as a waterfall, on request. */
export function ExplanationPanel({
  model,
  id,
  version,
  versions,
}: {
  readonly model: string;
  readonly id: string;
  readonly version: string;
  readonly versions: readonly VersionInfo[];
}) {
  const [asked, setAsked] = useState(false);
  const explanation = usePredictionExplanation(model, id, asked);
  const unavailable = explanationUnavailable(version, versions);
  return (
    <Panel title="Explanation" wide testId="lookup-explanation">
      {!asked ? (
        <>
          <button
            type="button"
            onClick={() => setAsked(true)}
            disabled={unavailable !== null}
            data-testid="explain-prediction"
          >
            Explain this prediction
          </button>
          <p className="muted">
            {unavailable ??
              "Computes SHAP values by calling the version's prediction endpoint with this prediction's inputs mixed with reference rows; it can take a few seconds."}
          </p>
        </>
      ) : (
        <ExplainLoadable query={explanation} loading="computing with the model's endpoint">
          {(e) => <ExplanationBody explanation={e} />}
        </ExplainLoadable>
      )}
    </Panel>
  );
}
