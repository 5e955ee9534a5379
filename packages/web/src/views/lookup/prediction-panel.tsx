import type { AliasInfo, Task } from "../../api/types";
import { Badge } from "../../components/badge";
import { formatDuration, formatNumber, formatTime } from "../../format/format";
import type { StoredPrediction } from "./lookup-types";
import { scoreText, valueText } from "./prediction-values";

function Outcome({ prediction, task }: { readonly prediction: StoredPrediction; readonly task: Task }) {
  const { label } = prediction;
  if (label === null) return <span className="muted">no label yet</span>;
  if (task === "regression" && typeof label === "number" && typeof prediction.prediction === "number")
    return (
      <span className="muted">error (prediction − label) {formatNumber(prediction.prediction - label)}</span>
    );
  return String(label) === String(prediction.prediction) ? (
    <Badge tone="good">correct</Badge>
  ) : (
    <Badge tone="bad">wrong</Badge>
  );
}

/** Time from `from` to `to` as `4 h 15 min after`, for received and label arrival. */
function after(from: string, to: string): string {
  const ms = Date.parse(to) - Date.parse(from);
  if (!Number.isFinite(ms)) return "";
  return ms >= 0 ? `${formatDuration(ms)} after the event` : `${formatDuration(-ms)} before the event`;
}

/** The prediction itself: what was predicted, with what score, the label if it arrived, on which version and when. */
export function PredictionPanelBody({
  prediction,
  task,
  aliases,
  referenceVersion,
}: {
  readonly prediction: StoredPrediction;
  readonly task: Task;
  readonly aliases: readonly AliasInfo[];
  readonly referenceVersion: string | null;
}) {
  const pointing = aliases.filter((a) => a.version === prediction.version).map((a) => a.alias);
  const segments = Object.entries(prediction.segment);
  return (
    <>
      <div className="stats" data-testid="lookup-stats">
        <div className="stat" data-field="prediction">
          <div className="value">{valueText(prediction.prediction)}</div>
          <div className="label">prediction</div>
        </div>
        <div className="stat" data-field="score">
          <div className="value">{scoreText(prediction.score)}</div>
          <div className="label">score</div>
        </div>
        <div className="stat" data-field="label">
          <div className="value">{prediction.label === null ? "—" : valueText(prediction.label)}</div>
          <div className="label">
            label <Outcome prediction={prediction} task={task} />
          </div>
        </div>
        <div className="stat" data-field="version">
          <div className="value">{prediction.version}</div>
          <div className="label">version{pointing.length > 0 ? ` (now ${pointing.join(", ")})` : ""}</div>
        </div>
      </div>
      <dl className="lookup-facts">
        <div>
          <dt>Id</dt>
          <dd>
            <code>{prediction.id}</code>
          </dd>
        </div>
        <div>
          <dt>Event time</dt>
          <dd title={prediction.timestamp}>{formatTime(prediction.timestamp)}</dd>
        </div>
        <div>
          <dt>Received</dt>
          <dd title={prediction.receivedAt}>
            {formatTime(prediction.receivedAt)}{" "}
            <span className="muted">({after(prediction.timestamp, prediction.receivedAt)})</span>
          </dd>
        </div>
        <div>
          <dt>Label</dt>
          <dd title={prediction.labelTimestamp ?? undefined}>
            {prediction.labelTimestamp === null ? (
              prediction.label === null ? (
                "no label yet"
              ) : (
                "labelled (time unknown)"
              )
            ) : (
              <>
                labelled {formatTime(prediction.labelTimestamp)}{" "}
                <span className="muted">({after(prediction.timestamp, prediction.labelTimestamp)})</span>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Segments</dt>
          <dd>
            {segments.length === 0
              ? "none"
              : segments.map(([name, value]) => (
                  <span key={name} className="segment-value">
                    {name}: <strong>{value ?? "missing"}</strong>
                  </span>
                ))}
          </dd>
        </div>
        {referenceVersion !== null && (
          <div>
            <dt>Compared with</dt>
            <dd>the reference of {referenceVersion}</dd>
          </div>
        )}
      </dl>
    </>
  );
}
