import { escapeHtml } from "./escape-html.js";
import { formatChange, formatNumber } from "./format-value.js";

/** Which way a metric improves: `zero` for signed errors (closer to 0 is better), `none` for no judgement. */
export type Better = "higher" | "lower" | "zero" | "none";

export interface MetricRow {
  readonly label: string;
  readonly reference: number | null;
  readonly current: number | null;
  readonly better: Better;
}

/** Changes this small are shown without colour: they are rounding, not movement. */
const NEGLIGIBLE = 1e-12;

export function changeDirection(
  reference: number | null,
  current: number | null,
  better: Better,
): "better" | "worse" | "same" {
  if (reference === null || current === null || better === "none") return "same";
  const delta = better === "zero" ? Math.abs(current) - Math.abs(reference) : current - reference;
  if (Math.abs(delta) <= NEGLIGIBLE) return "same";
  const improved = better === "higher" ? delta > 0 : delta < 0;
  return improved ? "better" : "worse";
}

/** metric | reference | current | change, the change coloured by whether the metric got worse. */
export function metricComparisonTable(rows: readonly MetricRow[], caption?: string): string {
  const body = rows
    .filter((r) => r.reference !== null || r.current !== null)
    .map((r) => {
      const change = r.reference !== null && r.current !== null ? r.current - r.reference : null;
      const direction = changeDirection(r.reference, r.current, r.better);
      return `<tr><th scope="row">${escapeHtml(r.label)}</th><td class="num">${formatNumber(r.reference)}</td><td class="num">${formatNumber(r.current)}</td><td class="num change ${direction}">${formatChange(change)}</td></tr>`;
    })
    .join("\n");
  const head = `<thead><tr><th>metric</th><th class="num">reference</th><th class="num">current</th><th class="num">change</th></tr></thead>`;
  const cap = caption ? `<caption>${escapeHtml(caption)}</caption>` : "";
  return `<table class="metrics">${cap}${head}<tbody>\n${body}\n</tbody></table>`;
}
