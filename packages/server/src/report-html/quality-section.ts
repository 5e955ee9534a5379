import type { QualityColumn } from "@telltale/core";
import { escapeHtml } from "./escape-html.js";
import { formatCount, formatPercent } from "./format-value.js";

/** A rise in the missing share of more than this (one percentage point) is flagged. */
const MISSING_RISE = 0.01;
/** New categories listed by name before "+n more". */
const LISTED_CATEGORIES = 5;

interface Flags {
  readonly missing: boolean;
  readonly newCategories: boolean;
  readonly outOfRange: boolean;
  readonly constant: boolean;
  readonly typeErrors: boolean;
}

export function qualityFlags(c: QualityColumn): Flags {
  const ref = c.missingShare.reference ?? 0;
  const cur = c.missingShare.current ?? 0;
  return {
    missing: cur > 0 && (ref === 0 || cur - ref > MISSING_RISE),
    newCategories: c.newCategories.length > 0,
    outOfRange: c.outOfRange > 0,
    constant: c.constant.current && !c.constant.reference,
    typeErrors: c.typeErrors.current > 0,
  };
}

function issueCount(flags: Flags): number {
  return Object.values(flags).filter(Boolean).length;
}

function cell(content: string, flagged: boolean, sortValue: number, numeric = true): string {
  const classes = [numeric ? "num" : "", flagged ? "flag" : ""].filter(Boolean).join(" ");
  return `<td${classes ? ` class="${classes}"` : ""} data-v="${sortValue}">${content}</td>`;
}

function missingCell(count: number, share: number | null, flagged: boolean): string {
  const text =
    count === 0 ? "0" : `${formatPercent(share)} <span class="muted">(${formatCount(count)})</span>`;
  return cell(text, flagged, share ?? 0);
}

function newCategoriesCell(c: QualityColumn, flagged: boolean): string {
  const values = c.newCategories;
  if (values.length === 0) return cell("0", false, 0);
  const listed = values
    .slice(0, LISTED_CATEGORIES)
    .map((v) => `<code>${escapeHtml(v.value)}</code> <span class="muted">×${formatCount(v.count)}</span>`)
    .join(", ");
  const more =
    values.length > LISTED_CATEGORIES ? `, +${formatCount(values.length - LISTED_CATEGORIES)} more` : "";
  return cell(`<b>${formatCount(values.length)}</b>: ${listed}${more}`, flagged, values.length, false);
}

function constantText(c: QualityColumn): string {
  if (c.constant.reference && c.constant.current) return "both";
  if (c.constant.current) return "current";
  if (c.constant.reference) return "reference";
  return "no";
}

/** Missing values, new categories, out-of-range values, constant columns and type errors; problems first. */
export function qualitySection(columns: readonly QualityColumn[]): string {
  if (columns.length === 0)
    return `<section id="quality"><h2>Data quality</h2><p class="empty">No columns.</p></section>`;
  const rows = columns.map((c) => ({ c, flags: qualityFlags(c) }));
  const withIssues = rows.filter((r) => issueCount(r.flags) > 0).length;
  const ordered = [...rows].sort((a, b) => issueCount(b.flags) - issueCount(a.flags));
  const body = ordered
    .map(({ c, flags }) => {
      const issues = issueCount(flags);
      return `<tr${issues > 0 ? ' class="problem"' : ""}><td class="col-name">${escapeHtml(c.column)}</td>${cell(issues === 0 ? "" : `<span class="badge warn">${issues}</span>`, false, issues)}${missingCell(c.missing.reference, c.missingShare.reference, false)}${missingCell(c.missing.current, c.missingShare.current, flags.missing)}${newCategoriesCell(c, flags.newCategories)}${cell(formatCount(c.outOfRange), flags.outOfRange, c.outOfRange)}${cell(constantText(c), flags.constant, c.constant.current ? 1 : 0, false)}${cell(`${formatCount(c.typeErrors.reference)} / ${formatCount(c.typeErrors.current)}`, flags.typeErrors, c.typeErrors.current)}</tr>`;
    })
    .join("\n");
  const headers = [
    ["column", "text"],
    ["issues", "num"],
    ["missing (reference)", "num"],
    ["missing (current)", "num"],
    ["new categories", "num"],
    ["out of reference range", "num"],
    ["constant", "text"],
    ["type errors (ref / cur)", "num"],
  ]
    .map(([label, type]) => `<th data-type="${type}"${type === "num" ? ' class="num"' : ""}>${label}</th>`)
    .join("");
  return `<section id="quality"><h2>Data quality <span class="count">${formatCount(withIssues)} of ${formatCount(columns.length)} columns with issues</span></h2>
<table class="data sortable quality-table"><thead><tr>${headers}</tr></thead><tbody>
${body}
</tbody></table></section>`;
}
