import { useTimeseries } from "../../api/queries";
import { EChart } from "../../charts/echart";
import { Loadable, Panel } from "../../components/panel";
import type { ResolvedWindow } from "../../state/view-state";
import {
  DOMAIN_AUC_METRIC,
  DOMAIN_AUC_THRESHOLD,
  isBlank,
  MULTIVARIATE_METRICS,
  multivariateWindow,
  RECONSTRUCTION_METRIC,
} from "./explain-series";
import { domainAucOption, reconstructionOption } from "./over-time-options";

/** Drift of the features taken together: what per-feature tests miss when only their relations change. */
export function MultivariateOverTime({
  model,
  window,
}: {
  readonly model: string;
  readonly window: ResolvedWindow;
}) {
  const series = useTimeseries(model, multivariateWindow(window), MULTIVARIATE_METRICS);
  return (
    <>
      <Panel title="Multivariate drift: reconstruction error" testId="explain-reconstruction">
        <Loadable
          query={series}
          isEmpty={(d) => isBlank(d, RECONSTRUCTION_METRIC)}
          empty="No reconstruction error in this window: it needs a reference and predictions with numerical features."
        >
          {(d) => (
            <EChart
              label="Reconstruction error of the features per interval, with its upper threshold"
              option={reconstructionOption(d, window.from, window.to)}
            />
          )}
        </Loadable>
      </Panel>
      <Panel title="Multivariate drift: domain classifier" testId="explain-domain-auc">
        <Loadable
          query={series}
          isEmpty={(d) => isBlank(d, DOMAIN_AUC_METRIC)}
          empty="No domain classifier result in this window: it needs a reference and enough predictions."
        >
          {(d) => (
            <EChart
              label={`ROC AUC of a classifier telling each interval from the reference, drift above ${DOMAIN_AUC_THRESHOLD}`}
              option={domainAucOption(d, window.from, window.to)}
            />
          )}
        </Loadable>
      </Panel>
    </>
  );
}
