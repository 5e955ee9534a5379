import { Link, useParams } from "react-router";
import { useModelContext } from "../../app/model-context";
import { Loadable } from "../../components/panel";
import { useBusinessMetrics } from "../performance/business-metrics-queries";
import { useComparison } from "./comparison-queries";
import { ComparisonReport } from "./comparison-report";
import { ComparisonStatusBadge } from "./comparison-status-badge";
import "./comparisons.css";

/**
 * /models/:model/comparisons/:id: a new version (the candidate, often a retrained one) against the current one
 * (the baseline) on a fixed window; polled every 2 s while the server computes it.
 */
export function ComparisonView() {
  const { model = "", id = "" } = useParams();
  const { aliases } = useModelContext();
  const comparison = useComparison(model, id);
  const definitions = useBusinessMetrics(model);
  const c = comparison.data;
  return (
    <div className="comparison-view" data-testid="comparison-view">
      <div className="page-title">
        <h2>{c === undefined ? "Comparison" : `Comparison: ${c.candidate} vs ${c.baseline}`}</h2>
        {c !== undefined && <ComparisonStatusBadge status={c.status} />}
        <Link to={`/models/${encodeURIComponent(model)}/versions`}>Versions of {model}</Link>
      </div>
      <Loadable query={comparison}>
        {(data) => <ComparisonReport comparison={data} aliases={aliases} definitions={definitions} />}
      </Loadable>
    </div>
  );
}
