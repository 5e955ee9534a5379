import { Empty, Loadable, type LoadableProps } from "../../components/panel";
import { reportGap, reportGapText } from "./report-error";

/** `Loadable` that shows a missing reference or an empty window as an explained empty state, not as an error. */
export function ReportLoadable<T>({ model, ...props }: LoadableProps<T> & { readonly model: string }) {
  const gap = props.query.data === undefined ? reportGap(props.query.error) : null;
  if (gap !== null) {
    return (
      <div data-testid={gap.kind}>
        <Empty>{reportGapText(gap, model)}</Empty>
      </div>
    );
  }
  return <Loadable {...props} />;
}
