import { useReport } from "../../api/queries";
import { EChart } from "../../charts/echart";
import { Loadable } from "../../components/panel";
import { formatCount } from "../../format/format";
import type { ResolvedWindow } from "../../state/view-state";
import { type ConfusionMatrix, confusionOption } from "./confusion-option";

function Matrix({ title, confusion, rows }: { title: string; confusion: ConfusionMatrix; rows: number }) {
  return (
    <figure className="confusion-matrix">
      <figcaption className="muted">
        {title}: {formatCount(rows)} labelled predictions; each cell shows its count and its share of the true
        class
      </figcaption>
      <EChart
        option={confusionOption(confusion)}
        height={Math.max(240, 60 * confusion.labels.length + 80)}
        label={`${title} confusion matrix: true classes as rows, predicted as columns`}
      />
    </figure>
  );
}

/** The window's confusion matrix with the reference's beside it. */
export function ConfusionPanel({
  model,
  window,
}: {
  readonly model: string;
  readonly window: ResolvedWindow;
}) {
  const report = useReport(model, window);
  return (
    <Loadable
      query={report}
      isEmpty={(r) => (r.classification?.current?.rows ?? 0) === 0}
      empty="No labelled predictions in this window: the matrix appears as labels arrive."
    >
      {(r) => {
        const current = r.classification?.current;
        const reference = r.classification?.reference;
        return (
          <div className="side-by-side">
            {current && (
              <Matrix title="Current window" confusion={current.confusionMatrix} rows={current.rows} />
            )}
            {reference && (
              <Matrix title="Reference" confusion={reference.confusionMatrix} rows={reference.rows} />
            )}
          </div>
        );
      }}
    </Loadable>
  );
}
