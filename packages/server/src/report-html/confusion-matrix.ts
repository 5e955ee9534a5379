import type { ClassificationMetrics } from "@telltale/core";
import { escapeHtml } from "./escape-html.js";
import { formatCount, formatPercent } from "./format-value.js";

/** Cells darker than this share of their row get white text. */
const DARK = 0.55;

/**
 * A heatmap table, rows actual and columns predicted (scikit-learn's layout); each cell's shade is its share of
 * the row, so classes of different sizes read alike.
 */
export function confusionMatrixTable(
  title: string,
  matrix: ClassificationMetrics["confusionMatrix"],
): string {
  const { labels } = matrix;
  if (labels.length === 0) return "";
  const head = labels.map((l) => `<th scope="col">${escapeHtml(l)}</th>`).join("");
  const rows = matrix.matrix
    .map((row, i) => {
      const total = row.reduce((s, v) => s + v, 0);
      const cells = row
        .map((count, j) => {
          const share = total > 0 ? count / total : 0;
          const alpha = Number(share.toFixed(3));
          const style = `background:rgba(45,108,170,${alpha})${alpha > DARK ? ";color:#fff" : ""}`;
          const diagonal = i === j ? " diag" : "";
          return `<td class="num${diagonal}" style="${style}" title="${formatPercent(share)} of actual ${escapeHtml(labels[i] ?? "")}">${formatCount(count)}</td>`;
        })
        .join("");
      return `<tr><th scope="row">${escapeHtml(labels[i] ?? "")}</th>${cells}</tr>`;
    })
    .join("\n");
  return `<figure class="confusion"><figcaption>${escapeHtml(title)}</figcaption><table class="heatmap"><thead><tr><th class="corner">actual ↓ predicted →</th>${head}</tr></thead><tbody>
${rows}
</tbody></table></figure>`;
}
