import { Link, useSearchParams } from "react-router";
import { fairnessHref } from "./fairness-link";

/** Group metrics of sensitive attributes (count, accuracy, TPR, FPR, precision) live in the fairness view. */
export function SensitiveNote({
  model,
  sensitive,
}: {
  readonly model: string;
  readonly sensitive: readonly string[];
}) {
  const [search] = useSearchParams();
  if (sensitive.length === 0) return null;
  return (
    <p className="muted" data-testid="sensitive-note">
      Rows, accuracy, TPR, FPR and precision per group of a sensitive attribute:{" "}
      {sensitive.map((attribute, i) => (
        <span key={attribute}>
          {i > 0 && ", "}
          <Link to={fairnessHref(model, search, attribute)}>{attribute} in the fairness view</Link>
        </span>
      ))}
      .
    </p>
  );
}
