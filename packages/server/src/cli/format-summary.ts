import type { ClassificationMetrics, Report } from "@telltale/core";

export function formatNumber(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined) return "—";
  if (value !== 0 && Math.abs(value) < 1e-3) return value.toExponential(2);
  return Number(value.toFixed(digits)).toString();
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => `  ${r.map((cell, i) => cell.padEnd(widths[i]!)).join("  ")}`.trimEnd());
}

const CLASSIFICATION_KEYS = [
  "accuracy",
  "precision",
  "recall",
  "f1",
  "fpr",
  "fnr",
  "rocAuc",
  "prAuc",
  "logLoss",
  "brier",
  "ece",
] as const satisfies readonly (keyof ClassificationMetrics)[];

function sideBySide<T extends object>(
  reference: T | null,
  current: T | null,
  keys: readonly (keyof T & string)[],
): string[] {
  const rows = [["metric", "reference", "current", "change"]];
  for (const key of keys) {
    const r = reference ? (reference[key] as number | null) : null;
    const c = current ? (current[key] as number | null) : null;
    if (r === null && c === null) continue;
    const change = r !== null && c !== null ? c - r : null;
    rows.push([
      key,
      formatNumber(r),
      formatNumber(c),
      change === null ? "—" : `${change >= 0 ? "+" : ""}${formatNumber(change)}`,
    ]);
  }
  return table(rows);
}

/** The readable stdout summary: verdict, drifted columns first, then metrics, fairness, quality and checks. */
export function formatSummary(report: Report, names: { reference: string; current: string }): string {
  const out: string[] = [];
  const d = report.drift;
  out.push(
    `Telltale report: ${names.reference} (${report.reference.rows.toLocaleString("en-US")} rows) vs ${names.current} (${report.current.rows.toLocaleString("en-US")} rows)`,
  );
  out.push(
    `Dataset drift: ${d.datasetDrift ? "YES" : "no"}. ${d.driftedColumns} of ${d.totalColumns} feature columns drifted (${(d.share * 100).toFixed(1)}%, threshold ${(d.shareThreshold * 100).toFixed(0)}%)`,
  );
  const drifted = d.columns
    .filter((c) => c.drifted)
    .sort((a, b) => (b.statistic ?? Number.MAX_VALUE) - (a.statistic ?? Number.MAX_VALUE));
  if (drifted.length > 0) {
    out.push("", "Drifted columns");
    out.push(
      ...table([
        ["column", "role", "method", "statistic", "p-value", "threshold"],
        ...drifted.map((c) => [
          c.column,
          c.role,
          c.method,
          formatNumber(c.statistic),
          formatNumber(c.pValue),
          String(c.threshold),
        ]),
      ]),
    );
  }
  const stable = d.columns.filter((c) => !c.drifted);
  if (stable.length > 0) out.push("", `Not drifted: ${stable.map((c) => c.column).join(", ")}`);
  const text = report.columns.filter((c) => c.kind === "text");
  if (text.length > 0) out.push(`Text columns (not drift-tested): ${text.map((c) => c.name).join(", ")}`);

  if (report.classification) {
    out.push("", `Classification (${report.task})`);
    out.push(
      ...sideBySide(report.classification.reference, report.classification.current, CLASSIFICATION_KEYS),
    );
  }
  if (report.regression) {
    out.push("", "Regression");
    out.push(
      ...sideBySide(report.regression.reference, report.regression.current, [
        "mae",
        "rmse",
        "mape",
        "r2",
        "meanError",
        "maxError",
      ]),
    );
  }
  for (const f of report.fairness ?? []) {
    out.push(
      "",
      `Fairness by ${f.attribute}: demographic parity difference ${formatNumber(f.demographicParityDifference)}, equalized odds difference ${formatNumber(f.equalizedOddsDifference)}, disparate impact ${formatNumber(f.disparateImpactRatio)} (four-fifths rule: ${f.fourFifthsRule === null ? "—" : f.fourFifthsRule ? "pass" : "FAIL"})`,
    );
  }
  if (report.business && report.business.length > 0) {
    out.push("", "Business metrics (reference → current)");
    for (const b of report.business) {
      const unit = b.unit ? ` ${b.unit}` : "";
      const worse =
        b.change === null || b.change === 0
          ? ""
          : b.change > 0 === (b.better === "lower")
            ? "  worse"
            : "  better";
      out.push(
        `  ${b.name} = ${b.expression}: ${formatNumber(b.reference)} → ${formatNumber(b.current)}${unit}${worse}`,
      );
    }
  }
  if (report.explain) {
    const e = report.explain;
    const top = e.importance
      .filter((r) => r.rank !== null)
      .slice(0, 5)
      .map((r) => `${r.feature} ${formatNumber(r.importance)}`);
    const ndcg =
      e.ndcg === null
        ? "no reference attributions to compare"
        : `NDCG ${formatNumber(e.ndcg)} against the reference${e.attributionDrift ? ` (below ${e.ndcgThreshold}: attribution drift)` : ""}`;
    out.push("", `Importance (mean |attribution|): ${top.join(", ")}; ${ndcg}`);
    const behind = e.driftImpact.filter((r) => r.drifted && r.impact !== null).slice(0, 3);
    if (behind.length > 0) {
      out.push(
        `Behind the drift (drift × importance share): ${behind.map((r) => `${r.feature} ${formatNumber(r.impact)}`).join(", ")}`,
      );
    }
  }

  const q = report.quality.columns;
  const issues: string[] = [];
  for (const c of q) {
    const parts: string[] = [];
    if (c.missing.current > 0) parts.push(`${formatNumber((c.missingShare.current ?? 0) * 100, 1)}% missing`);
    if (c.newCategories.length > 0)
      parts.push(
        `${c.newCategories.length} new categories (${c.newCategories
          .slice(0, 3)
          .map((n) => n.value)
          .join(", ")}${c.newCategories.length > 3 ? ", …" : ""})`,
      );
    if (c.outOfRange > 0) parts.push(`${c.outOfRange} out of reference range`);
    if (c.typeErrors.current > 0) parts.push(`${c.typeErrors.current} type errors`);
    if (c.constant.current && !c.constant.reference) parts.push("constant");
    if (parts.length > 0) issues.push(`  ${c.column}: ${parts.join(", ")}`);
  }
  if (issues.length > 0) out.push("", "Data quality (current)", ...issues);

  if (report.checks && report.checks.length > 0) {
    const failed = report.checks.filter((c) => !c.passed);
    out.push("", `Checks: ${report.checks.length - failed.length} passed, ${failed.length} failed`);
    for (const c of report.checks) out.push(`  ${c.passed ? "ok  " : "FAIL"} ${formatCheck(c)}`);
  }
  return out.join("\n");
}

export function formatCheck(c: NonNullable<Report["checks"]>[number]): string {
  if (c.op === "no-drift") return `no dataset drift (datasetDrift = ${String(c.value)})`;
  return `${c.path} ${c.op === "min" ? "≥" : "≤"} ${String(c.limit)} (value ${c.value === null ? "missing" : formatNumber(c.value as number, 6)})`;
}
