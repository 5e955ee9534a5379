import type { Check } from "@telltale/core";
import { escapeHtml } from "./escape-html.js";
import { formatNumber } from "./format-value.js";

function formatLimit(check: Check): string {
  if (check.op === "no-drift") return "no dataset drift";
  const sign = check.op === "min" ? "≥" : "≤";
  return `${sign} ${typeof check.limit === "number" ? formatNumber(check.limit, 6) : String(check.limit)}`;
}

function formatValue(value: Check["value"]): string {
  if (value === null) return "missing";
  return typeof value === "number" ? formatNumber(value, 6) : String(value);
}

/** Every check with its limit and value; failed ones first and highlighted, as they decide the exit code. */
export function checksSection(checks: readonly Check[]): string {
  const failed = checks.filter((c) => !c.passed).length;
  const ordered = [...checks.filter((c) => !c.passed), ...checks.filter((c) => c.passed)];
  const rows = ordered
    .map(
      (c) =>
        `<tr class="${c.passed ? "" : "problem"}"><td>${c.passed ? '<span class="badge good">pass</span>' : '<span class="badge bad">FAIL</span>'}</td><td><code>${escapeHtml(c.path)}</code></td><td>${formatLimit(c)}</td><td class="num">${escapeHtml(formatValue(c.value))}</td></tr>`,
    )
    .join("\n");
  return `<section id="checks"><h2>Checks <span class="count">${checks.length - failed} passed, ${failed} failed</span></h2>
<table class="data"><thead><tr><th>result</th><th>path</th><th>limit</th><th class="num">value</th></tr></thead><tbody>
${rows}
</tbody></table></section>`;
}
