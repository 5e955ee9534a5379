import { useModelContext } from "../../app/model-context";
import { Loadable, Panel } from "../../components/panel";
import { useViewState } from "../../state/use-view-state";
import { AttributionsTable } from "./attributions-table";
import { ExplanationPanel } from "./explanation-panel";
import { FeatureCard } from "./feature-card";
import { LookupForm } from "./lookup-form";
import { isNotFound, usePredictionLookup } from "./lookup-queries";
import type { LookupResult } from "./lookup-types";
import { PredictionFeedbackList } from "./prediction-feedback";
import { PredictionPanelBody } from "./prediction-panel";
import { QualityFlags } from "./quality-flags";
import "./lookup.css";

function noReferenceReason(result: LookupResult): string {
  if (result.source === "prediction")
    return "Where this value falls in the reference needs the server's prediction context, which it does not offer yet.";
  return result.referenceVersion === null
    ? `Version ${result.prediction.version} has no reference uploaded to compare with.`
    : "The reference has no values of this feature to compare with.";
}

function Result({ result }: { readonly result: LookupResult }) {
  const { model, aliases, versions } = useModelContext();
  const { prediction } = result;
  const hasAttributions = prediction.attributions !== null && Object.keys(prediction.attributions).length > 0;
  return (
    <>
      <Panel title={`Prediction ${prediction.id}`} wide testId="lookup-prediction">
        <PredictionPanelBody
          prediction={prediction}
          task={model.task}
          aliases={aliases}
          referenceVersion={result.referenceVersion}
        />
      </Panel>
      <Panel title="Quality flags" testId="lookup-flags">
        <QualityFlags flags={result.flags} />
      </Panel>
      <Panel title="User feedback" testId="prediction-feedback">
        <PredictionFeedbackList
          model={model.name}
          feedback={prediction.feedback}
          prediction={prediction.prediction}
        />
      </Panel>
      {hasAttributions && (
        <Panel title="Attributions" testId="lookup-attributions-panel">
          <AttributionsTable attributions={prediction.attributions} />
        </Panel>
      )}
      <ExplanationPanel
        key={prediction.id}
        model={model.name}
        id={prediction.id}
        version={prediction.version}
        versions={versions}
      />
      <Panel
        title={
          result.referenceVersion === null
            ? "Inputs"
            : `Inputs against the reference of ${result.referenceVersion}`
        }
        wide
        testId="lookup-features"
      >
        {result.features.length === 0 ? (
          <p className="muted">This prediction carries no feature values.</p>
        ) : (
          <div className="feature-cards">
            {result.features.map((feature) => (
              <FeatureCard
                key={feature.name}
                feature={feature}
                flags={(result.flags ?? []).filter((f) => f.feature === feature.name)}
                noReference={noReferenceReason(result)}
              />
            ))}
          </div>
        )}
      </Panel>
    </>
  );
}

/**
 * One prediction by id (`id=` in the URL): its inputs, outcome, label, version, timestamps and quality flags, and
 * where each input falls in the version's reference distribution.
 */
export function LookupView() {
  const { model } = useModelContext();
  const { param, setParam } = useViewState();
  const id = param("id");
  const lookup = usePredictionLookup(model, id);
  return (
    <div className="grid lookup-view">
      <Panel title="Look up a prediction" wide testId="lookup-form">
        <LookupForm id={id} onLookup={(next) => setParam("id", next === "" ? undefined : next)} />
        {id === undefined && (
          <p className="muted">
            Paste the id your service sent with a prediction to see its inputs, outcome, label and how each
            input compares with the reference.
          </p>
        )}
      </Panel>
      {id !== undefined &&
        (isNotFound(lookup.error) && lookup.data === undefined ? (
          <Panel title="Not found" wide testId="lookup-not-found">
            <div className="state error" role="alert">
              No prediction with id “{id}” in {model.name}.
              <div className="hint">
                Check the id: it is the one your service sent with the prediction, and predictions older than
                the retention period are deleted.
              </div>
            </div>
          </Panel>
        ) : lookup.data === undefined ? (
          <Panel title={`Prediction ${id}`} wide testId="lookup-prediction">
            <Loadable query={lookup}>{() => null}</Loadable>
          </Panel>
        ) : (
          <Result result={lookup.data} />
        ))}
    </div>
  );
}
