import type { FairnessAttribute, FairnessGroup, Report } from "@telltale/core";

/** The performance figures of a sensitive group, in the order the breakdown table shows them. */
export const GROUP_METRICS = [
  ["accuracy", "Accuracy"],
  ["precision", "Precision"],
  ["tpr", "Recall (TPR)"],
  ["fpr", "False positive rate"],
  ["selectionRate", "Selection rate"],
] as const satisfies readonly (readonly [keyof FairnessGroup, string])[];

/**
 * The report's fairness groups of the model's sensitive attributes, in the model's order; an attribute the window
 * has no figures for (no labelled rows carrying it) is left out.
 */
export function sensitiveAttributes(
  report: Pick<Report, "fairness">,
  sensitive: readonly string[],
): FairnessAttribute[] {
  return sensitive.flatMap((name) => {
    const found = report.fairness?.find((f) => f.attribute === name);
    return found === undefined || found.groups.length === 0 ? [] : [found];
  });
}
