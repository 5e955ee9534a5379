import type { FairnessGroup } from "@telltale/core";
import { Link, useSearchParams } from "react-router";
import { useReport } from "../../api/queries";
import type { Task } from "../../api/types";
import { Empty, Loadable } from "../../components/panel";
import { type Column, SortableTable } from "../../components/sortable-table";
import { formatCount, formatPercent } from "../../format/format";
import type { ResolvedWindow } from "../../state/view-state";
import { fairnessHref } from "./fairness-link";
import { GROUP_METRICS, sensitiveAttributes } from "./sensitive-groups";

const COLUMNS: Column<FairnessGroup>[] = [
  { key: "group", label: "Group", render: (g) => g.group, sort: (g) => g.group },
  { key: "count", label: "Rows", numeric: true, render: (g) => formatCount(g.count), sort: (g) => g.count },
  ...GROUP_METRICS.map(([key, label]) => ({
    key,
    label,
    numeric: true,
    render: (g: FairnessGroup) => formatPercent(g[key]),
    sort: (g: FairnessGroup) => g[key],
  })),
];

/** Each sensitive attribute's groups with their accuracy, precision, TPR, FPR and selection rate from the report. */
export function SensitiveBreakdown({
  model,
  task,
  sensitive,
  window,
}: {
  readonly model: string;
  readonly task: Task;
  readonly sensitive: readonly string[];
  readonly window: ResolvedWindow;
}) {
  const [search] = useSearchParams();
  const report = useReport(model, window, task === "binary");
  if (task !== "binary") {
    return <Empty>Group metrics of sensitive attributes are computed for binary classifiers.</Empty>;
  }
  return (
    <Loadable
      query={report}
      isEmpty={(r) => sensitiveAttributes(r, sensitive).length === 0}
      empty="No group figures in this window: they need labelled predictions carrying the sensitive attributes."
    >
      {(r) => (
        <>
          {sensitiveAttributes(r, sensitive).map((attribute) => (
            <div key={attribute.attribute} className="segment-table">
              <h3 className="muted">
                {attribute.attribute}: {attribute.groups.length} groups ·{" "}
                <Link to={fairnessHref(model, search, attribute.attribute)}>
                  {attribute.attribute} in the fairness view
                </Link>
              </h3>
              <SortableTable
                rows={attribute.groups}
                columns={COLUMNS}
                rowKey={(g) => g.group}
                caption={`Performance per ${attribute.attribute} group`}
                testId={`group-table-${attribute.attribute}`}
              />
            </div>
          ))}
        </>
      )}
    </Loadable>
  );
}
