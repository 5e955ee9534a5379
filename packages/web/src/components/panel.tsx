import type { ReactNode } from "react";
import { ApiError } from "../api/api-error";

export interface PanelProps {
  readonly title: ReactNode;
  readonly actions?: ReactNode;
  readonly children: ReactNode;
  readonly wide?: boolean;
  readonly testId?: string;
}

/** A titled card; views are grids of these. */
export function Panel({ title, actions, children, wide, testId }: PanelProps) {
  return (
    <section className={wide ? "panel wide" : "panel"} data-testid={testId}>
      <header className="panel-header">
        <h2>{title}</h2>
        {actions !== undefined && <div className="panel-actions">{actions}</div>}
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}

export function Loading({ what = "Loading" }: { readonly what?: string }) {
  return (
    <div className="state loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {what}…
    </div>
  );
}

export function Empty({ children }: { readonly children: ReactNode }) {
  return <div className="state empty">{children}</div>;
}

/** An error with what the server said and, for the usual causes, what to do. */
export function ErrorState({ error, retry }: { readonly error: unknown; readonly retry?: () => void }) {
  const e = error instanceof ApiError ? error : null;
  const message = error instanceof Error ? error.message : String(error);
  const hint =
    e?.status === 404
      ? "It may have been deleted, or the link names something else."
      : e?.status === 422
        ? "There is no data to compute this from in the chosen window."
        : e?.status === 0
          ? "Check that the server is running."
          : null;
  return (
    <div className="state error" role="alert">
      <strong>{e?.status === 422 ? "No data" : "Could not load"}</strong>: {message}
      {hint !== null && <div className="hint">{hint}</div>}
      {retry !== undefined && (
        <button type="button" className="link-button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** What a panel needs of a query: TanStack's result, or several queries folded into one. */
export interface QueryLike<T> {
  readonly data: T | undefined;
  readonly error: unknown;
  refetch(): unknown;
}

export interface LoadableProps<T> {
  readonly query: QueryLike<T>;
  /** True when the data has nothing to show: the `empty` text appears instead. */
  readonly isEmpty?: (data: T) => boolean;
  readonly empty?: ReactNode;
  readonly children: (data: T) => ReactNode;
}

/** Loading, error, empty or content: every panel shows one of the four, never a blank box. */
export function Loadable<T>({ query, isEmpty, empty, children }: LoadableProps<T>) {
  if (query.data !== undefined) {
    if (isEmpty?.(query.data)) return <Empty>{empty ?? "Nothing to show in this window."}</Empty>;
    return <>{children(query.data)}</>;
  }
  if (query.error) return <ErrorState error={query.error} retry={() => void query.refetch()} />;
  return <Loading />;
}
