import type { PredictionFeedback } from "../../api/types";
import { formatTime } from "../../format/format";
import { feedbackKindLabel, feedbackSummary, feedbackValueText } from "./feedback-text";
import { valueText } from "./prediction-values";

function Value({
  feedback,
  prediction,
}: {
  readonly feedback: PredictionFeedback;
  readonly prediction: string | number;
}) {
  const { symbol, text } = feedbackValueText(feedback);
  const differs = feedback.kind === "correction" && String(feedback.value) !== String(prediction);
  return (
    <>
      {symbol !== null && <span aria-hidden="true">{symbol} </span>}
      <span className={feedback.kind === "comment" ? "feedback-comment" : undefined}>{text}</span>
      {feedback.kind === "correction" && (
        <span className="muted">
          {" "}
          ({differs ? `predicted ${valueText(prediction)}` : "same as the prediction"})
        </span>
      )}
    </>
  );
}

/**
 * What users said about one prediction, oldest first: thumbs, ratings, corrections (with what the model predicted)
 * and comments, each with who and when; undefined feedback means the server does not report it.
 */
export function PredictionFeedbackList({
  model,
  feedback,
  prediction,
}: {
  readonly model: string;
  readonly feedback: readonly PredictionFeedback[] | undefined;
  readonly prediction: string | number;
}) {
  if (feedback === undefined)
    return <p className="muted">This server does not report feedback on single predictions.</p>;
  if (feedback.length === 0)
    return (
      <p className="state empty">
        No feedback on this prediction yet. Users' thumbs, ratings, corrections and comments arrive through{" "}
        <code className="wrap-anywhere">POST /api/v1/models/{model}/feedback</code>.
      </p>
    );
  return (
    <>
      <p className="muted" data-testid="prediction-feedback-summary">
        {feedbackSummary(feedback)}
      </p>
      <div className="table-wrap">
        <table className="data-table feedback-table">
          <caption className="visually-hidden">Feedback on this prediction, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Kind</th>
              <th scope="col">Feedback</th>
              <th scope="col">User</th>
            </tr>
          </thead>
          <tbody>
            {feedback.map((f, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: records have no id; their order (time, arrival) is fixed
              <tr key={i} data-kind={f.kind}>
                <td title={f.timestamp}>{formatTime(f.timestamp)}</td>
                <td>{feedbackKindLabel(f.kind)}</td>
                <td className="feedback-value">
                  <Value feedback={f} prediction={prediction} />
                </td>
                <td>{f.user ?? <span className="muted">anonymous</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
