import type { ExplainSection } from "@telltale/core";
import { escapeHtml } from "./escape-html.js";
import { formatNumber } from "./format-value.js";

const rank = (r: number | null) => (r === null ? "—" : String(r));

/** Importance beside its baseline, the NDCG verdict, and drift weighted by importance: why the model changed. */
export function explainSection(explain: ExplainSection): string {
  const verdict =
    explain.ndcg === null
      ? '<span class="badge plain">no baseline attributions</span>'
      : explain.attributionDrift
        ? `<span class="badge bad">attribution drift</span> NDCG ${formatNumber(explain.ndcg)} &lt; ${explain.ndcgThreshold}`
        : `<span class="badge good">stable</span> NDCG ${formatNumber(explain.ndcg)} ≥ ${explain.ndcgThreshold}`;
  const importance = explain.importance
    .map(
      (r) =>
        `<tr><th scope="row">${escapeHtml(r.feature)}</th><td class="num">${formatNumber(r.baseline)}</td><td class="num">${formatNumber(r.importance)}</td><td class="num">${formatNumber(r.change)}</td><td class="num">${rank(r.baselineRank)} → ${rank(r.rank)}</td></tr>`,
    )
    .join("\n");
  const impact = explain.driftImpact
    .map(
      (r) =>
        `<tr${r.drifted ? ' class="drifted"' : ""}><th scope="row">${escapeHtml(r.feature)}${r.drifted ? ' <span class="badge bad">drifted</span>' : ""}</th><td>${escapeHtml(r.method ?? "—")}</td><td class="num">${formatNumber(r.statistic)}</td><td class="num">${formatNumber(r.importanceShare)}</td><td class="num">${formatNumber(r.impact)}</td></tr>`,
    )
    .join("\n");
  return `<section id="explain"><h2>Explanations <span class="count">${escapeHtml(explain.source)} attributions</span></h2>
<p>${verdict}</p>
<div class="side-by-side"><table class="data"><caption>Feature importance (mean |attribution|)</caption><thead><tr><th>feature</th><th class="num">reference</th><th class="num">current</th><th class="num">change</th><th class="num">rank</th></tr></thead><tbody>
${importance}
</tbody></table>
<table class="data"><caption>What explains the change: drift × share of importance</caption><thead><tr><th>feature</th><th>method</th><th class="num">drift statistic</th><th class="num">importance share</th><th class="num">impact</th></tr></thead><tbody>
${impact}
</tbody></table></div></section>`;
}
