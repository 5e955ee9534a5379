import type { ReactNode } from "react";
import { Empty, Loading, type QueryLike } from "../../components/panel";
import { explainErrorText } from "./explain-error";

/** A failure of an analysis in the panel itself, with what to try: the model's endpoint failing is not a crash. */
export function ExplainErrorState({
  error,
  retry,
}: {
  readonly error: unknown;
  readonly retry?: () => void;
}) {
  const text = explainErrorText(error);
  return (
    <div className="state error" role="alert">
      <strong>{text.title}</strong>: {text.message}
      {text.hint !== null && <div className="hint">{text.hint}</div>}
      {retry !== undefined && (
        <button type="button" className="link-button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export interface ExplainLoadableProps<T> {
  readonly query: QueryLike<T>;
  /** What the spinner says, e.g. that the model's endpoint is being called. */
  readonly loading?: string;
  readonly isEmpty?: (data: T) => boolean;
  readonly empty?: ReactNode;
  readonly children: (data: T) => ReactNode;
}

/** Loading, error, empty or content, like the shared Loadable, with explain's error texts and loading words. */
export function ExplainLoadable<T>({ query, loading, isEmpty, empty, children }: ExplainLoadableProps<T>) {
  if (query.data !== undefined) {
    if (isEmpty?.(query.data)) return <Empty>{empty ?? "Nothing to show in this window."}</Empty>;
    return <>{children(query.data)}</>;
  }
  if (query.error) return <ExplainErrorState error={query.error} retry={() => void query.refetch()} />;
  return <Loading {...(loading !== undefined ? { what: loading } : {})} />;
}
