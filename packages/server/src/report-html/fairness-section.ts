import type { FairnessAttribute, FairnessGroup } from "@telltale/core";
import { escapeHtml } from "./escape-html.js";
import { formatCount, formatNumber, formatPercent } from "./format-value.js";

/** The four-fifths rule: a group's selection rate below 80% of the privileged group's is adverse impact. */
const FOUR_FIFTHS = 0.8;

function groupRow(g: FairnessGroup, privileged: string | undefined, withImpact: boolean): string {
  const isPrivileged = privileged !== undefined && g.group === privileged;
  const impact = g.disparateImpact ?? null;
  const impactCell = withImpact
    ? `<td class="num${impact !== null && impact < FOUR_FIFTHS ? " flag" : ""}">${formatNumber(impact)}</td>`
    : "";
  const tag = isPrivileged ? ' <span class="badge plain">privileged</span>' : "";
  return `<tr><th scope="row">${escapeHtml(g.group)}${tag}</th><td class="num">${formatCount(g.count)}</td><td class="num">${formatPercent(g.selectionRate)}</td><td class="num">${formatNumber(g.tpr)}</td><td class="num">${formatNumber(g.fpr)}</td><td class="num">${formatNumber(g.precision)}</td><td class="num">${formatNumber(g.accuracy)}</td>${impactCell}</tr>`;
}

function fourFifths(value: boolean | null): string {
  if (value === null) return '<span class="badge plain">—</span>';
  return value ? '<span class="badge good">pass</span>' : '<span class="badge bad">FAIL</span>';
}

function attributeBlock(a: FairnessAttribute): string {
  const withImpact = a.groups.some((g) => g.disparateImpact !== undefined);
  const head = `<tr><th>group</th><th class="num">rows</th><th class="num">selection rate</th><th class="num">TPR</th><th class="num">FPR</th><th class="num">precision</th><th class="num">accuracy</th>${withImpact ? '<th class="num">disparate impact</th>' : ""}</tr>`;
  const rows = a.groups.map((g) => groupRow(g, a.privileged, withImpact)).join("\n");
  const summary: [string, string][] = [
    ["demographic parity difference", formatNumber(a.demographicParityDifference)],
    ["demographic parity ratio", formatNumber(a.demographicParityRatio)],
    ["equal opportunity difference", formatNumber(a.equalOpportunityDifference)],
    ["equalized odds difference", formatNumber(a.equalizedOddsDifference)],
    ["disparate impact ratio", formatNumber(a.disparateImpactRatio)],
    ["four-fifths rule", fourFifths(a.fourFifthsRule)],
  ];
  const privileged =
    a.privileged === undefined
      ? ""
      : ` <span class="count">privileged group: ${escapeHtml(a.privileged)}</span>`;
  return `<div class="fairness-attribute${a.fourFifthsRule === false ? " failed" : ""}"><h3>By <code>${escapeHtml(a.attribute)}</code>${privileged}</h3>
<div class="side-by-side"><table class="data"><thead>${head}</thead><tbody>
${rows}
</tbody></table>
<table class="metrics"><tbody>${summary.map(([k, v]) => `<tr><th scope="row">${k}</th><td class="num">${v}</td></tr>`).join("")}</tbody></table></div></div>`;
}

/** One block per sensitive attribute: per-group rates on the current data, then the gaps and the four-fifths rule. */
export function fairnessSection(attributes: readonly FairnessAttribute[]): string {
  const failed = attributes.filter((a) => a.fourFifthsRule === false).length;
  const count =
    failed > 0
      ? `${failed} of ${attributes.length} attribute${attributes.length === 1 ? "" : "s"} fail the four-fifths rule`
      : "current data";
  return `<section id="fairness"><h2>Fairness <span class="count">${count}</span></h2>
${attributes.length === 0 ? '<p class="empty">No sensitive attributes.</p>' : attributes.map(attributeBlock).join("\n")}</section>`;
}
