import { fairnessSection } from "../report/fairness-section.js";
import { labelOutcomes } from "../report/performance-section.js";
import { prepareColumn } from "../report/prepare-column.js";
import type { PreparedColumn, PreparedNumericalColumn } from "../report/prepared-column.js";
import type { FairnessAttribute } from "../report/types.js";
import type { SourceColumn } from "../table.js";
import type { ClassificationOutcomes, CodedLabels } from "./encode-outcomes.js";
import { gatherColumn, hasValues } from "./gather-rows.js";
import type { ModelSpec, MonitoredRows } from "./monitored-rows.js";

/** Fairness of each attribute on some rows; an attribute the report would leave out is absent. */
export type MeasureFairness = (rows: Int32Array) => ReadonlyMap<string, FairnessAttribute>;

const NONE: ReadonlyMap<string, FairnessAttribute> = new Map();

/** Whether some of `rows` holds the label at `code` of the shared label space. */
function shows(coded: CodedLabels | undefined, rows: Int32Array, code: number): boolean {
  if (!coded) return false;
  for (let k = 0; k < rows.length; k++) {
    const c = coded.codes[rows[k]!]!;
    if (c >= 0 && coded.toLabel[c] === code) return true;
  }
  return false;
}

const gathered = (source: SourceColumn | undefined, rows: Int32Array): SourceColumn | undefined =>
  source && { ...source, column: gatherColumn(source.column, rows) };

/** The report's preparation of a column it compares with itself (`buildReport(table, table)`). */
const prepared = (
  source: SourceColumn,
  role: PreparedColumn["role"],
  forcedKind: "numerical" | "categorical",
): PreparedColumn =>
  prepareColumn({
    name: source.name,
    role,
    reference: source,
    current: source,
    referenceFile: "window",
    currentFile: "window",
    forcedKind,
  });

/**
 * Fairness on subsets of a binary window, for the sensitive attributes `attributes`: on rows `rows` each is what
 * `windowReport` gives on those rows alone — over their labelled rows, skipped when none of them shows the positive
 * label or holds a prediction or score — through the report's own column preparation, label join and fairness
 * section, without the drift, quality and performance the report builds around them. Empty for other tasks.
 */
export function subsetFairness(
  spec: ModelSpec,
  current: MonitoredRows,
  outcomes: ClassificationOutcomes,
  attributes: readonly string[],
): MeasureFairness {
  const { target, positive } = outcomes;
  if (outcomes.task !== "binary" || !target || positive === undefined || attributes.length === 0) {
    return () => NONE;
  }
  const code = outcomes.labels.indexOf(positive);
  const sources = attributes.flatMap((name) => {
    const source = [...current.features, ...(current.segments ?? [])].find((c) => c.name === name);
    // Groups are categories: a segment is one, and a feature keeps the model's kind.
    const kind = spec.features.find((f) => f.name === name)?.kind ?? "categorical";
    return source ? [{ source, kind }] : [];
  });
  return (rows) => {
    let m = 0;
    const at = new Int32Array(rows.length);
    for (let k = 0; k < rows.length; k++) if (target.codes[rows[k]!]! >= 0) at[m++] = rows[k]!;
    const labelled = at.subarray(0, m);
    if (m === 0 || !current.label) return NONE;
    if (!shows(target, labelled, code) && !shows(outcomes.prediction, labelled, code)) return NONE;
    const prediction = gathered(current.prediction, labelled);
    const score = gathered(current.score, labelled);
    const hasPrediction = prediction !== undefined && hasValues(prediction.column);
    const hasScore = score !== undefined && hasValues(score.column);
    if (!hasPrediction && !hasScore) return NONE;
    const sensitive = sources.flatMap(({ source, kind }) => {
      const column = gathered(source, labelled)!;
      return hasValues(column.column) ? [prepared(column, "sensitive", kind)] : [];
    });
    if (sensitive.length === 0) return NONE;
    const joined = labelOutcomes({
      task: "binary",
      target: prepared(gathered(current.label, labelled)!, "target", "categorical"),
      ...(hasPrediction ? { prediction: prepared(prediction, "prediction", "categorical") } : {}),
      ...(hasScore ? { score: prepared(score, "score", "numerical") as PreparedNumericalColumn } : {}),
      positiveLabel: positive,
    });
    return new Map(fairnessSection(sensitive, joined, {}).map((a) => [a.attribute, a] as const));
  };
}
