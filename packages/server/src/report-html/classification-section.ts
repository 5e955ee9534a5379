import type { ClassificationMetrics, ClassMetrics, Task } from "@telltale/core";
import { confusionMatrixTable } from "./confusion-matrix.js";
import { escapeHtml } from "./escape-html.js";
import { formatCount, formatNumber } from "./format-value.js";
import { type Better, changeDirection, type MetricRow, metricComparisonTable } from "./metric-comparison.js";

type MetricKey = keyof ClassificationMetrics & keyof typeof METRICS;

/** Losses and error rates improve downwards, everything else upwards. */
const METRICS = {
  accuracy: ["accuracy", "higher"],
  precision: ["precision", "higher"],
  recall: ["recall", "higher"],
  f1: ["F1", "higher"],
  specificity: ["specificity", "higher"],
  fpr: ["false positive rate", "lower"],
  fnr: ["false negative rate", "lower"],
  rocAuc: ["ROC AUC", "higher"],
  prAuc: ["PR AUC", "higher"],
  logLoss: ["log loss", "lower"],
  brier: ["Brier score", "lower"],
  ece: ["expected calibration error", "lower"],
} as const satisfies Record<string, readonly [string, Better]>;

const MACRO_KEYS = new Set<string>(["precision", "recall", "f1", "specificity", "fpr", "fnr"]);

function metricRows(
  reference: ClassificationMetrics | null,
  current: ClassificationMetrics | null,
  task: Task | null,
): MetricRow[] {
  return (Object.keys(METRICS) as MetricKey[]).map((key) => {
    const [label, better] = METRICS[key];
    return {
      label: task === "multiclass" && MACRO_KEYS.has(key) ? `${label} (macro)` : label,
      reference: reference?.[key] ?? null,
      current: current?.[key] ?? null,
      better,
    };
  });
}

function averageRows(
  reference: ClassificationMetrics | null,
  current: ClassificationMetrics | null,
): MetricRow[] {
  const rows: MetricRow[] = [];
  for (const average of ["micro", "weighted"] as const) {
    for (const key of ["precision", "recall", "f1"] as const) {
      rows.push({
        label: `${METRICS[key][0]} (${average})`,
        reference: reference?.averages?.[average][key] ?? null,
        current: current?.averages?.[average][key] ?? null,
        better: "higher",
      });
    }
  }
  return rows;
}

function perClassTable(
  reference: ClassificationMetrics | null,
  current: ClassificationMetrics | null,
): string {
  const ref = reference?.perClass ?? {};
  const cur = current?.perClass ?? {};
  const classes = [...new Set([...Object.keys(cur), ...Object.keys(ref)])];
  if (classes.length === 0) return "";
  const keys = ["precision", "recall", "f1"] as const satisfies readonly (keyof ClassMetrics)[];
  const rows = classes
    .map((name) => {
      const r = Object.hasOwn(ref, name) ? ref[name] : undefined;
      const c = Object.hasOwn(cur, name) ? cur[name] : undefined;
      const metricCells = keys
        .map((key) => {
          const a = r?.[key] ?? null;
          const b = c?.[key] ?? null;
          return `<td class="num">${formatNumber(a)}</td><td class="num change ${changeDirection(a, b, "higher")}">${formatNumber(b)}</td>`;
        })
        .join("");
      return `<tr><th scope="row">${escapeHtml(name)}</th><td class="num">${r ? formatCount(r.support) : "—"}</td><td class="num">${c ? formatCount(c.support) : "—"}</td>${metricCells}</tr>`;
    })
    .join("\n");
  const groups = ["support", ...keys.map((k) => METRICS[k][0])]
    .map((label) => `<th colspan="2" class="group">${label}</th>`)
    .join("");
  const sides = '<th class="num">reference</th><th class="num">current</th>'.repeat(1 + keys.length);
  return `<h3>Per class</h3><table class="data per-class"><thead><tr><th rowspan="2">class</th>${groups}</tr><tr>${sides}</tr></thead><tbody>
${rows}
</tbody></table>`;
}

/** Reference and current metrics side by side, the confusion matrices, and per-class figures for multiclass. */
export function classificationSection(
  classification: {
    readonly reference: ClassificationMetrics | null;
    readonly current: ClassificationMetrics | null;
  },
  task: Task | null,
): string {
  const { reference, current } = classification;
  const rowsNote = `labelled rows: reference ${reference ? formatCount(reference.rows) : "—"}, current ${current ? formatCount(current.rows) : "—"}`;
  const multiclass = task === "multiclass";
  const averages = multiclass
    ? metricComparisonTable(averageRows(reference, current), "Micro and weighted averages")
    : "";
  const matrices = [
    current ? confusionMatrixTable("Current", current.confusionMatrix) : "",
    reference ? confusionMatrixTable("Reference", reference.confusionMatrix) : "",
  ].join("");
  return `<section id="classification"><h2>Classification <span class="count">${multiclass ? "multiclass" : "binary"}; ${rowsNote}</span></h2>
<div class="side-by-side">${metricComparisonTable(metricRows(reference, current, task))}${averages}</div>
<h3>Confusion matrix</h3><div class="side-by-side">${matrices}</div>
${multiclass ? perClassTable(reference, current) : ""}</section>`;
}
