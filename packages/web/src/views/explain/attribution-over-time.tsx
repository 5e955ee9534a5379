import { useMemo } from "react";
import { useTimeseries } from "../../api/queries";
import type { ModelInfo } from "../../api/types";
import { EChart } from "../../charts/echart";
import { Loadable, Panel } from "../../components/panel";
import type { ResolvedWindow } from "../../state/view-state";
import { importanceMetric, isBlank, NDCG_METRIC, topImportanceFeatures } from "./explain-series";
import { importanceOverTimeOption, ndcgOverTimeOption } from "./over-time-options";

const NO_ATTRIBUTIONS = "No prediction in this window carries logged attributions.";

/** Attribution NDCG and the top five features' mean |attribution| per interval, from logged attributions. */
export function AttributionOverTime({
  model,
  window,
}: {
  readonly model: ModelInfo;
  readonly window: ResolvedWindow;
}) {
  const ndcg = useTimeseries(model.name, window, [NDCG_METRIC]);
  const features = useMemo(() => model.features.map((f) => f.name), [model.features]);
  const metrics = useMemo(() => features.map(importanceMetric), [features]);
  const importance = useTimeseries(model.name, window, metrics);
  const top = useMemo(() => topImportanceFeatures(importance.data, features), [importance.data, features]);
  return (
    <>
      <Panel title="Attribution NDCG over time" testId="explain-ndcg-over-time">
        <Loadable query={ndcg} isEmpty={(d) => isBlank(d, NDCG_METRIC)} empty={NO_ATTRIBUTIONS}>
          {(d) => (
            <EChart
              label="NDCG of each interval's importance ranking against the reference, with the 0.9 alert line"
              option={ndcgOverTimeOption(d, window.from, window.to)}
            />
          )}
        </Loadable>
      </Panel>
      <Panel title="Importance over time (top 5)" testId="explain-importance-over-time">
        <Loadable query={importance} isEmpty={() => top.length === 0} empty={NO_ATTRIBUTIONS}>
          {(d) => (
            <EChart
              label={`Mean absolute attribution per interval of ${top.join(", ")}`}
              option={importanceOverTimeOption(d, top, window.from, window.to)}
            />
          )}
        </Loadable>
      </Panel>
    </>
  );
}
