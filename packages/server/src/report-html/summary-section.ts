import type { Report } from "@telltale/core";
import { escapeHtml } from "./escape-html.js";
import { formatCount, formatPercent } from "./format-value.js";

export interface DatasetNames {
  readonly reference: string;
  readonly current: string;
}

function card(
  label: string,
  value: string,
  detail: string,
  tone: "good" | "bad" | "plain" = "plain",
): string {
  return `<div class="card ${tone}"><div class="card-label">${label}</div><div class="card-value">${value}</div><div class="card-detail">${detail}</div></div>`;
}

function taskText(task: Report["task"]): [string, string] {
  if (task === null) return ["none", "no target column given"];
  return task === "regression" ? ["regression", ""] : [task, "classification"];
}

/** The verdict first: dataset drift, drifted share against its threshold, failed checks, then what was compared. */
export function summarySection(report: Report, names: DatasetNames): string {
  const d = report.drift;
  const checks = report.checks ?? [];
  const failed = checks.filter((c) => !c.passed).length;
  const text = report.columns.filter((c) => c.kind === "text");
  const cards = [
    card(
      "Dataset drift",
      d.datasetDrift ? "YES" : "no",
      `drifted share ${formatPercent(d.share)} ${d.datasetDrift ? "≥" : "<"} threshold ${formatPercent(d.shareThreshold)}`,
      d.datasetDrift ? "bad" : "good",
    ),
    card(
      "Drifted columns",
      `${formatCount(d.driftedColumns)} / ${formatCount(d.totalColumns)}`,
      `${formatPercent(d.share)} of feature columns`,
      d.driftedColumns > 0 ? "bad" : "good",
    ),
    checks.length > 0
      ? card(
          "Failed checks",
          formatCount(failed),
          `of ${formatCount(checks.length)} check${checks.length === 1 ? "" : "s"}`,
          failed > 0 ? "bad" : "good",
        )
      : card("Failed checks", "0", "no checks configured"),
    card("Reference", formatCount(report.reference.rows), `rows · ${escapeHtml(names.reference)}`),
    card("Current", formatCount(report.current.rows), `rows · ${escapeHtml(names.current)}`),
    card("Task", ...taskText(report.task)),
  ];
  const textNote =
    text.length > 0
      ? `<p class="note">Text columns (not drift-tested): ${text.map((c) => `<code>${escapeHtml(c.name)}</code>`).join(", ")}</p>`
      : "";
  return `<section id="summary"><div class="cards">\n${cards.join("\n")}\n</div>${textNote}</section>`;
}
