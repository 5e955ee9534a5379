import type { ColumnKind, ColumnRole, QualityColumn, Report } from "@telltale/core";

export type QualityProblem = "missing" | "newCategories" | "outOfRange" | "constant" | "typeErrors";

export const PROBLEM_LABELS: Readonly<Record<QualityProblem, string>> = {
  missing: "more missing",
  newCategories: "new categories",
  outOfRange: "out of range",
  constant: "gone constant",
  typeErrors: "type errors",
};

/** A rise in the missing share of more than this (one percentage point) is a problem, as in the HTML report. */
export const MISSING_RISE = 0.01;

/**
 * The column's problems in the current window: missing values where the reference had none or a rise of more than
 * a point, unseen categories, values outside the reference range, a column gone constant, type errors.
 */
export function qualityProblems(c: QualityColumn): QualityProblem[] {
  const ref = c.missingShare.reference ?? 0;
  const cur = c.missingShare.current ?? 0;
  const flags: [QualityProblem, boolean][] = [
    ["missing", cur > 0 && (ref === 0 || cur - ref > MISSING_RISE)],
    ["newCategories", c.newCategories.length > 0],
    ["outOfRange", c.outOfRange > 0],
    ["constant", c.constant.current && !c.constant.reference],
    ["typeErrors", c.typeErrors.current > 0],
  ];
  return flags.filter(([, on]) => on).map(([name]) => name);
}

export interface QualityRow {
  readonly column: string;
  readonly kind: ColumnKind | null;
  readonly role: ColumnRole | null;
  readonly quality: QualityColumn;
  readonly problems: readonly QualityProblem[];
  /** Rows with an unseen category, as a share of the window's rows (the report lists the 100 most frequent). */
  readonly newCategoryShare: number | null;
  readonly outOfRangeShare: number | null;
  /** The largest share of the window's rows one problem touches: orders columns with as many problems. */
  readonly worst: number;
}

/** One row per column of the report's quality section, with its kind, role and problems. */
export function qualityRows(report: Pick<Report, "columns" | "quality" | "current">): QualityRow[] {
  const rows = report.current.rows;
  const share = (n: number) => (rows > 0 ? n / rows : null);
  return report.quality.columns.map((quality) => {
    const meta = report.columns.find((c) => c.name === quality.column);
    const problems = qualityProblems(quality);
    const newCategoryShare = share(quality.newCategories.reduce((sum, c) => sum + c.count, 0));
    const outOfRangeShare = share(quality.outOfRange);
    const missingRise = (quality.missingShare.current ?? 0) - (quality.missingShare.reference ?? 0);
    const parts = [
      problems.includes("missing") ? Math.max(missingRise, quality.missingShare.current ?? 0) : 0,
      newCategoryShare ?? 0,
      outOfRangeShare ?? 0,
      share(quality.typeErrors.current) ?? 0,
      problems.includes("constant") ? 1 : 0,
    ];
    return {
      column: quality.column,
      kind: meta?.kind ?? null,
      role: meta?.role ?? null,
      quality,
      problems,
      newCategoryShare,
      outOfRangeShare,
      worst: Math.max(...parts),
    };
  });
}

/** Problems first: most problems, then the largest share of rows touched; otherwise the report's column order. */
export function sortByProblems(rows: readonly QualityRow[]): QualityRow[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        b.row.problems.length - a.row.problems.length || b.row.worst - a.row.worst || a.index - b.index,
    )
    .map(({ row }) => row);
}
