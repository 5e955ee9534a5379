import { Link } from "react-router";
import type { AliasInfo, Comparison } from "../../api/types";
import { Badge } from "../../components/badge";
import { Loadable, Panel } from "../../components/panel";
import { SortableTable } from "../../components/sortable-table";
import { DASH, formatDelta, formatTime, metricLabel } from "../../format/format";
import { alertPath, comparisonPath } from "./comparison-links";
import { type ComparisonFilter, useComparisons } from "./comparison-queries";
import { replayHeadline } from "./comparison-rows";
import { ComparisonStatusBadge } from "./comparison-status-badge";
import { versionLabel } from "./version-label";
import "./comparisons.css";

function Headline({ comparison }: { readonly comparison: Comparison }) {
  if (comparison.status !== "done") return <span className="muted">{DASH}</span>;
  const row = replayHeadline(comparison);
  if (row === null) {
    return (
      <span className="muted" title={comparison.replayNote ?? undefined}>
        no replay
      </span>
    );
  }
  return (
    <span data-testid="comparison-headline">
      {metricLabel(row.metric)} {formatDelta(row.metric, row.difference)}{" "}
      {row.better === "candidate" && <Badge tone="good">better</Badge>}
      {row.better === "base" && <Badge tone="warn">worse</Badge>}
    </span>
  );
}

/**
 * A model's comparisons of new versions with current ones, newest first, each linking to its page; `filter`
 * narrows them to those one alert led to or of one candidate. Polled while any is pending.
 */
export function ComparisonsPanel({
  model,
  aliases = [],
  filter = {},
  title = "Comparisons",
  wide = true,
}: {
  readonly model: string;
  /** The model's aliases, to name versions `v1 (champion)`; the versions view has them from the model context. */
  readonly aliases?: readonly AliasInfo[];
  readonly filter?: ComparisonFilter;
  readonly title?: string;
  readonly wide?: boolean;
}) {
  const comparisons = useComparisons(model, filter);
  return (
    <Panel title={title} wide={wide} testId="comparisons-panel">
      <Loadable
        query={comparisons}
        isEmpty={(list) => list.length === 0}
        empty={
          <>
            No comparisons yet. One starts when a retrained version registers after a retrain action ran, or
            by hand with{" "}
            <code className="comparisons-code">
              POST /api/v1/models/{model}/comparisons {'{"candidate": "v2", "baseline": "champion"}'}
            </code>
            .
          </>
        }
      >
        {(list) => (
          <SortableTable
            rows={list}
            rowKey={(c) => c.id}
            caption={`Comparisons of ${model}'s versions, newest first`}
            testId="comparisons-table"
            columns={[
              {
                key: "versions",
                label: "Candidate vs baseline",
                render: (c) => (
                  <Link to={comparisonPath(model, c.id)}>
                    {versionLabel(c.candidate, aliases)} vs {versionLabel(c.baseline, aliases)}
                  </Link>
                ),
                sort: (c) => c.candidate,
              },
              {
                key: "status",
                label: "Status",
                render: (c) => <ComparisonStatusBadge status={c.status} />,
                sort: (c) => c.status,
              },
              { key: "replay", label: "Replay", render: (c) => <Headline comparison={c} /> },
              {
                key: "window",
                label: "Window",
                render: (c) => (
                  <span className="comparisons-window">
                    {formatTime(c.window.from)} to {formatTime(c.window.to)}
                  </span>
                ),
                sort: (c) => c.window.to,
              },
              {
                key: "trigger",
                label: "Trigger",
                render: (c) =>
                  c.trigger === null ? (
                    "by hand"
                  ) : c.trigger.alertId !== null ? (
                    <Link to={alertPath(model, c.trigger.alertId)}>alert {c.trigger.alertId}</Link>
                  ) : (
                    "scheduled retraining"
                  ),
              },
              {
                key: "created",
                label: "Started",
                render: (c) => (
                  <time dateTime={c.createdAt} title={c.createdAt}>
                    {formatTime(c.createdAt)}
                  </time>
                ),
                sort: (c) => c.createdAt,
              },
            ]}
          />
        )}
      </Loadable>
    </Panel>
  );
}
