import type { BusinessMetricResult } from "@telltale/core";
import { escapeHtml } from "./escape-html.js";
import { formatNumber } from "./format-value.js";

/** Whether a change is for the worse, given which way the metric is better. */
const worse = (b: BusinessMetricResult) =>
  b.change !== null && b.change !== 0 && b.change > 0 === (b.better === "lower");

/** Business metrics on both sides: the cost of the model's errors, or what it earns, as the model defines them. */
export function businessSection(metrics: readonly BusinessMetricResult[]): string {
  const rows = metrics
    .map((b) => {
      const unit = b.unit ? ` <span class="count">${escapeHtml(b.unit)}</span>` : "";
      const change = `<td class="num change${worse(b) ? " worse" : ""}">${b.change === null ? "—" : `${b.change > 0 ? "+" : ""}${formatNumber(b.change)}`}</td>`;
      return `<tr><th scope="row">${escapeHtml(b.name)}${unit}</th><td><code>${escapeHtml(b.expression)}</code></td><td class="num">${formatNumber(b.reference)}</td><td class="num">${formatNumber(b.current)}</td>${change}<td>${b.better} is better</td></tr>`;
    })
    .join("\n");
  return `<section id="business"><h2>Business metrics</h2>
<table class="data"><thead><tr><th>metric</th><th>expression</th><th class="num">reference</th><th class="num">current</th><th class="num">change</th><th></th></tr></thead><tbody>
${rows}
</tbody></table></section>`;
}
