import { seriesOf, useTimeseries } from "../../api/queries";
import type { ModelInfo } from "../../api/types";
import { EChart } from "../../charts/echart";
import { Loadable, Panel } from "../../components/panel";
import { formatCount, formatNumber, formatPercent } from "../../format/format";
import type { ResolvedWindow } from "../../state/view-state";
import { feedbackOption, ratingOption } from "./feedback-option";
import { FEEDBACK_METRICS, feedbackTotals, hasNoFeedback } from "./feedback-series";

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;

function HowToPost({ model }: { readonly model: string }) {
  return (
    <span className="feedback-how-to" data-testid="feedback-empty">
      No user feedback on this window's predictions. Send it with{" "}
      <code>POST /api/v1/models/{model}/feedback</code>{" "}
      <code>{'{"records": [{"id": "<prediction id>", "kind": "thumbs", "value": "up"}]}'}</code>; kinds are{" "}
      <code>thumbs</code>, <code>rating</code>, <code>correction</code> and <code>comment</code>.
    </span>
  );
}

/** What users said about the window's predictions: thumbs-up share and mean rating per interval, with volumes. */
export function FeedbackPanel({
  model,
  window,
}: {
  readonly model: ModelInfo;
  readonly window: ResolvedWindow;
}) {
  const series = useTimeseries(model.name, window, FEEDBACK_METRICS);
  return (
    <Panel title="User feedback" wide testId="feedback-panel">
      <Loadable query={series} isEmpty={hasNoFeedback} empty={<HowToPost model={model.name} />}>
        {(d) => {
          const totals = feedbackTotals(d);
          const rating = seriesOf(d, "feedback.rating.mean");
          return (
            <>
              <div className="stats feedback-stats">
                <div className="stat" data-field="records">
                  <div className="value">{formatCount(totals.records)}</div>
                  <div className="label">feedback records</div>
                </div>
                <div className="stat" data-field="positive-share">
                  <div className="value">{formatPercent(totals.positiveShare)}</div>
                  <div className="label">thumbs up, of {plural(totals.thumbs, "thumb")}</div>
                </div>
                <div className="stat" data-field="rating">
                  <div className="value">{formatNumber(totals.ratingMean, 2)}</div>
                  <div className="label">mean rating, of {plural(totals.ratings, "rating")}</div>
                </div>
              </div>
              <div className="feedback-charts">
                <figure>
                  <figcaption>Thumbs up and feedback records per {window.interval}</figcaption>
                  <EChart
                    testId="feedback-chart"
                    label={`Share of thumbs up per ${window.interval} (line, percent) over feedback records per ${window.interval} (bars)`}
                    option={feedbackOption(
                      seriesOf(d, "feedback.positiveShare"),
                      seriesOf(d, "feedback.count"),
                      window.from,
                      window.to,
                    )}
                  />
                </figure>
                <figure>
                  <figcaption>Mean rating per {window.interval}</figcaption>
                  {totals.ratings > 0 ? (
                    <EChart
                      testId="feedback-rating-chart"
                      label={`Mean rating per ${window.interval}; a gap where nothing was rated`}
                      option={ratingOption(rating, window.from, window.to)}
                    />
                  ) : (
                    <p className="state empty">No ratings in this window.</p>
                  )}
                </figure>
              </div>
              <p className="muted">
                Corrections{" "}
                {model.correctionsAsLabels
                  ? "also become labels (correctionsAsLabels is on)."
                  : "are kept beside labels; a record with promote: true, or the model's correctionsAsLabels, makes them labels."}
              </p>
            </>
          );
        }}
      </Loadable>
    </Panel>
  );
}
