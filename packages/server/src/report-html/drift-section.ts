import type { DriftColumn, DriftSection } from "@telltale/core";
import { escapeHtml } from "./escape-html.js";
import { formatCount, formatNumber, formatPercent, formatPValue } from "./format-value.js";

/** Drifted columns whose chart is open when the page loads; the rest open on a click. */
const OPEN_ON_LOAD = 3;

/** Drifted first, then by statistic, largest first; a null statistic (infinite) counts as largest. */
export function driftOrder(columns: readonly DriftColumn[]): number[] {
  const statistic = (c: DriftColumn) => c.statistic ?? Number.POSITIVE_INFINITY;
  return columns
    .map((_, i) => i)
    .sort((a, b) => {
      const x = columns[a]!;
      const y = columns[b]!;
      if (x.drifted !== y.drifted) return x.drifted ? -1 : 1;
      return statistic(y) - statistic(x) || a - b;
    });
}

/** Tests drift when p < threshold (KS: ≤); distances, the methods with no p-value, when statistic ≥ threshold. */
function thresholdText(c: DriftColumn): string {
  if (c.pValue === null) return `≥ ${formatNumber(c.threshold)}`;
  return `p ${c.method === "ks" ? "≤" : "<"} ${formatNumber(c.threshold)}`;
}

/** Sort key for the client: numbers as they are, null as empty (sorted last) or as `ifNull`. */
function sortValue(value: number | null, ifNull = ""): string {
  return value === null ? ifNull : String(value);
}

function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

function columnBody(c: DriftColumn, index: number, open: boolean): string {
  const name = escapeHtml(c.column);
  const badge = c.drifted
    ? '<span class="badge bad">drifted</span>'
    : '<span class="badge good">no drift</span>';
  const binning = c.distribution.edges
    ? `${c.distribution.edges.length - 1} bins over the values`
    : `${formatCount(c.distribution.categories?.length ?? 0)} values`;
  const counts = `reference ${formatCount(sum(c.distribution.reference))} · current ${formatCount(sum(c.distribution.current))} non-missing values · ${binning}; bars are shares of each side`;
  return `<tbody data-name="${name}" data-drifted="${c.drifted ? 1 : 0}"${open ? ' class="open"' : ""}>
<tr class="summary-row"><td class="col-name"><button type="button" class="toggle" aria-expanded="${open}" aria-label="show chart">▸</button><span>${name}</span></td><td>${escapeHtml(c.role)}</td><td>${escapeHtml(c.kind)}</td><td>${escapeHtml(c.method)}</td><td class="num" data-v="${sortValue(c.statistic, "Infinity")}">${c.statistic === null ? "∞" : formatNumber(c.statistic)}</td><td class="num" data-v="${sortValue(c.pValue)}">${formatPValue(c.pValue)}</td><td class="num" data-v="${c.threshold}">${thresholdText(c)}</td><td data-v="${c.drifted ? 1 : 0}">${badge}</td></tr>
<tr class="detail"${open ? "" : " hidden"}><td colspan="8"><div class="chart" data-i="${index}"></div><p class="chart-note">${counts}</p></td></tr>
</tbody>`;
}

/** One sortable row per column; each expands to a reference-vs-current chart that the page draws on demand. */
export function driftSection(drift: DriftSection): string {
  if (drift.columns.length === 0) {
    return `<section id="drift"><h2>Drift</h2><p class="empty">No columns were drift-tested.</p></section>`;
  }
  const order = driftOrder(drift.columns);
  let opened = 0;
  const bodies = order.map((i) => {
    const c = drift.columns[i]!;
    const open = c.drifted && opened < OPEN_ON_LOAD;
    if (open) opened++;
    return columnBody(c, i, open);
  });
  const headers = [
    ["column", "text"],
    ["role", "text"],
    ["kind", "text"],
    ["method", "text"],
    ["statistic", "num"],
    ["p-value", "num"],
    ["threshold", "num"],
    ["drifted", "num"],
  ]
    .map(([label, type]) => `<th data-type="${type}"${type === "num" ? ' class="num"' : ""}>${label}</th>`)
    .join("");
  return `<section id="drift"><h2>Drift <span class="count">${formatCount(drift.driftedColumns)} of ${formatCount(drift.totalColumns)} feature columns drifted (${formatPercent(drift.share)}; dataset drift at ${formatPercent(drift.shareThreshold)})</span></h2>
<div class="toolbar"><input type="search" class="filter" placeholder="Filter columns…" aria-label="filter columns"><label><input type="checkbox" class="drifted-only"> drifted only</label><button type="button" class="expand-all">Expand all</button><button type="button" class="collapse-all">Collapse all</button></div>
<table class="data sortable grouped drift-table"><thead><tr>${headers}</tr></thead>
${bodies.join("\n")}
</table></section>`;
}
