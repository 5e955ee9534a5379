import { Link } from "react-router";
import { comparisonPath } from "../comparisons/comparison-links";
import type { Alert } from "./alert-types";

/** "Retrained: v3 vs v1 (done)" for each version the alert's retraining led to, linking to its comparison. */
export function RetrainedLinks({ alert }: { readonly alert: Alert }) {
  const comparisons = alert.comparisons ?? [];
  if (comparisons.length === 0) return null;
  return (
    <ul className="retrained" data-testid="alert-retrained">
      {comparisons.map((c) => (
        <li key={c.id}>
          <Link to={comparisonPath(alert.model, c.id)}>
            Retrained: {c.candidate} vs {c.baseline} ({c.status})
          </Link>
        </li>
      ))}
    </ul>
  );
}
