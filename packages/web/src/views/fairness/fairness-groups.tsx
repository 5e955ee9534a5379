import type { FairnessAttribute, FairnessGroup } from "@telltale/core";
import { EChart } from "../../charts/echart";
import { Badge } from "../../components/badge";
import { type Column, SortableTable } from "../../components/sortable-table";
import { formatCount, formatNumber, formatPercent } from "../../format/format";
import { fourFifthsText, groupBarsOption } from "./fairness-shape";

const GROUP_COLUMNS: Column<FairnessGroup>[] = [
  { key: "group", label: "Group", render: (g) => g.group, sort: (g) => g.group },
  { key: "count", label: "Rows", numeric: true, render: (g) => formatCount(g.count), sort: (g) => g.count },
  {
    key: "selectionRate",
    label: "Selection rate",
    numeric: true,
    render: (g) => formatPercent(g.selectionRate),
    sort: (g) => g.selectionRate,
  },
  { key: "tpr", label: "TPR", numeric: true, render: (g) => formatPercent(g.tpr), sort: (g) => g.tpr },
  { key: "fpr", label: "FPR", numeric: true, render: (g) => formatPercent(g.fpr), sort: (g) => g.fpr },
  {
    key: "precision",
    label: "Precision",
    numeric: true,
    render: (g) => formatPercent(g.precision),
    sort: (g) => g.precision,
  },
  {
    key: "accuracy",
    label: "Accuracy",
    numeric: true,
    render: (g) => formatPercent(g.accuracy),
    sort: (g) => g.accuracy,
  },
  {
    key: "di",
    label: "Disparate impact",
    numeric: true,
    render: (g) => formatNumber(g.disparateImpact ?? null),
    sort: (g) => g.disparateImpact ?? null,
  },
];

/** The parity figures of an attribute with the four-fifths verdict in words. */
function Summary({ attribute }: { readonly attribute: FairnessAttribute }) {
  const verdict = fourFifthsText(attribute);
  const stat = (label: string, value: string) => (
    <div className="stat">
      <div className="value">{value}</div>
      <div className="label">{label}</div>
    </div>
  );
  return (
    <>
      <p>
        <Badge tone={verdict.tone}>{verdict.text}</Badge>
        {attribute.privileged !== undefined && (
          <span className="muted"> privileged group: {attribute.privileged}</span>
        )}
      </p>
      <div className="stats" data-testid="fairness-summary">
        {stat("demographic parity difference", formatNumber(attribute.demographicParityDifference))}
        {stat("demographic parity ratio", formatNumber(attribute.demographicParityRatio))}
        {stat("equal opportunity difference", formatNumber(attribute.equalOpportunityDifference))}
        {stat("equalized odds difference", formatNumber(attribute.equalizedOddsDifference))}
        {stat("disparate impact ratio", formatNumber(attribute.disparateImpactRatio))}
      </div>
    </>
  );
}

/** Selection rate, TPR and FPR per group as bars, the summary, and every group metric in a table. */
export function FairnessGroups({ attribute }: { readonly attribute: FairnessAttribute }) {
  return (
    <>
      <Summary attribute={attribute} />
      <EChart
        option={groupBarsOption(attribute)}
        label={`Selection rate, TPR and FPR per ${attribute.attribute} group`}
      />
      <SortableTable
        rows={attribute.groups}
        columns={
          // Per-group disparate impact exists only against a declared privileged group.
          attribute.groups.some((g) => g.disparateImpact !== undefined && g.disparateImpact !== null)
            ? GROUP_COLUMNS
            : GROUP_COLUMNS.filter((c) => c.key !== "di")
        }
        rowKey={(g) => g.group}
        caption={`Metrics per ${attribute.attribute} group`}
        testId="fairness-table"
      />
    </>
  );
}
