import type { FairnessAttribute, FairnessGroup } from "../report/types.js";
import { ratio } from "./ratio.js";

export interface FairnessInput {
  readonly attribute: string;
  readonly groups: readonly string[];
  /** Indices into `groups`; -1 = missing. */
  readonly groupCodes: Int32Array;
  /** 1 = the positive label, 0 = any other; a negative value (Int32Array) is missing. */
  readonly target: Uint8Array | Int32Array;
  /** 1 = the positive label predicted, 0 = any other; a negative value (Int32Array) is missing. */
  readonly prediction: Uint8Array | Int32Array;
  readonly privileged?: string;
}

interface Spread {
  readonly min: number;
  readonly max: number;
}

/** Smallest and largest of the groups' defined values (groups where the metric is null are left out). */
function spread(groups: readonly FairnessGroup[], pick: (g: FairnessGroup) => number | null): Spread | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const g of groups) {
    const v = pick(g);
    if (v === null) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : null;
}

function checkBinary(name: string, values: Uint8Array | Int32Array): void {
  for (let i = 0; i < values.length; i++) {
    if (values[i]! > 1) throw new RangeError(`${name}[${i}] = ${values[i]} is not 0, 1 or missing`);
  }
}

/**
 * Group metrics and Fairlearn's between-groups disparities (max − min, min / max) over the rows with a group, a
 * target and a prediction. Groups keep the order of `groups` and appear only with rows; a group whose metric is
 * null (no positives for TPR, say) is left out of that metric's max and min, where Fairlearn would use
 * scikit-learn's 0. With `privileged`, every group gets its selection rate over the privileged group's and the
 * disparate impact ratio is the least of the other groups'; without it, min / max of the selection rates.
 */
export function fairnessMetrics(input: FairnessInput): FairnessAttribute {
  const { groups, groupCodes, target, prediction, privileged } = input;
  const n = groupCodes.length;
  if (target.length !== n || prediction.length !== n) {
    throw new RangeError(
      `groupCodes, target and prediction have ${n}, ${target.length} and ${prediction.length} rows`,
    );
  }
  checkBinary("target", target);
  checkBinary("prediction", prediction);
  const size = groups.length;
  // Per group: counts of (target, prediction) = (1,1), (0,1), (1,0), (0,0).
  const counts = new Float64Array(size * 4);
  for (let i = 0; i < n; i++) {
    const g = groupCodes[i]!;
    const y = target[i]!;
    const p = prediction[i]!;
    if (g < 0 || y < 0 || p < 0) continue;
    if (g >= size) throw new RangeError(`groupCodes[${i}] = ${g} is not an index into ${size} groups`);
    counts[g * 4 + (y ? 0 : 1) + (p ? 0 : 2)]!++;
  }
  const rows: FairnessGroup[] = [];
  for (let g = 0; g < size; g++) {
    const tp = counts[g * 4]!;
    const fp = counts[g * 4 + 1]!;
    const fn = counts[g * 4 + 2]!;
    const tn = counts[g * 4 + 3]!;
    const count = tp + fp + fn + tn;
    if (count === 0) continue;
    rows.push({
      group: groups[g]!,
      count,
      selectionRate: ratio(tp + fp, count),
      tpr: ratio(tp, tp + fn),
      fpr: ratio(fp, fp + tn),
      precision: ratio(tp, tp + fp),
      accuracy: ratio(tp + tn, count),
    });
  }
  const selection = spread(rows, (g) => g.selectionRate);
  const tpr = spread(rows, (g) => g.tpr);
  const fpr = spread(rows, (g) => g.fpr);
  const demographicParityRatio = selection && ratio(selection.min, selection.max);
  let groupsOut = rows;
  let disparateImpactRatio = demographicParityRatio;
  if (privileged !== undefined) {
    const base = rows.find((g) => g.group === privileged)?.selectionRate ?? null;
    groupsOut = rows.map((g) => ({
      ...g,
      disparateImpact: base === null || g.selectionRate === null ? null : ratio(g.selectionRate, base),
    }));
    const others = spread(
      groupsOut.filter((g) => g.group !== privileged),
      (g) => g.disparateImpact ?? null,
    );
    disparateImpactRatio = others ? others.min : null;
  }
  return {
    attribute: input.attribute,
    ...(privileged !== undefined ? { privileged } : {}),
    groups: groupsOut,
    demographicParityDifference: selection && selection.max - selection.min,
    demographicParityRatio,
    equalOpportunityDifference: tpr && tpr.max - tpr.min,
    equalizedOddsDifference: tpr && fpr && Math.max(tpr.max - tpr.min, fpr.max - fpr.min),
    disparateImpactRatio,
    fourFifthsRule: disparateImpactRatio === null ? null : disparateImpactRatio >= 0.8,
  };
}
