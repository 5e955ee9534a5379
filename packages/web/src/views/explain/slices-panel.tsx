import { useLocation } from "react-router";
import type { ModelInfo } from "../../api/types";
import { Panel } from "../../components/panel";
import { formatCount } from "../../format/format";
import type { ResolvedWindow } from "../../state/view-state";
import { ExplainLoadable } from "./explain-loadable";
import { BASELINE_LABELS, SLICE_METRIC_LABELS, sliceMetricsFor } from "./explain-params";
import { useSlices } from "./explain-queries";
import type { Baseline, SliceMetric } from "./explain-types";
import { overallText } from "./slice-values";
import { SlicesTable } from "./slices-table";

export interface SlicesPanelProps {
  readonly model: ModelInfo;
  readonly window: ResolvedWindow;
  readonly metric: SliceMetric;
  readonly baseline: Baseline;
  readonly onMetric: (metric: SliceMetric) => void;
}

/** Root causes: the feature values and ranges (and pairs of them) where the metric is worst, tested for chance. */
export function SlicesPanel({ model, window, metric, baseline, onMetric }: SlicesPanelProps) {
  const slices = useSlices(model.name, window, metric, baseline);
  const { search } = useLocation();
  return (
    <Panel
      title="Root-cause slices"
      wide
      testId="explain-slices"
      actions={
        <span className="explain-select">
          <label htmlFor="slice-metric">Slices by</label>{" "}
          <select
            id="slice-metric"
            value={metric}
            onChange={(e) => onMetric(e.target.value as SliceMetric)}
            data-testid="slice-metric"
          >
            {sliceMetricsFor(model.task).map((m) => (
              <option key={m} value={m}>
                {SLICE_METRIC_LABELS[m]}
              </option>
            ))}
          </select>
        </span>
      }
    >
      <ExplainLoadable
        query={slices}
        loading="Searching slices"
        isEmpty={(a) => a.slices.length === 0}
        empty="No slice of the window stands out: every candidate is too small or close to the rest."
      >
        {(answer) => (
          <>
            <p className="muted explain-note">
              {overallText(answer.metric, model.task, answer.overall)} {formatCount(answer.tested)} slices
              tested on {formatCount(answer.rows)} predictions
              {answer.metric === "drift" ? `, against ${BASELINE_LABELS[answer.baseline]}` : ""}.
            </p>
            <SlicesTable
              model={model.name}
              task={model.task}
              metric={answer.metric}
              slices={answer.slices}
              segments={model.segments}
              search={search}
            />
          </>
        )}
      </ExplainLoadable>
    </Panel>
  );
}
