import { formatNumber } from "../../format/format";
import type { SliceCondition } from "./explain-types";

/** `channel = partner`, `age ∈ [30, 40)`, `age < 30`, `age ≥ 60`, `city is missing`. */
export function conditionText(condition: SliceCondition): string {
  const { feature } = condition;
  if (condition.kind === "category") return `${feature} = ${condition.value}`;
  if (condition.kind === "missing") return `${feature} is missing`;
  const { lower, upper } = condition;
  if (lower === null && upper === null) return `${feature} is any value`;
  if (lower === null) return `${feature} < ${formatNumber(upper)}`;
  if (upper === null) return `${feature} ≥ ${formatNumber(lower)}`;
  return `${feature} ∈ [${formatNumber(lower)}, ${formatNumber(upper)})`;
}

/** A slice's conditions joined by "and", with bin edges rounded for reading (the server's label keeps them raw). */
export function sliceLabel(conditions: readonly SliceCondition[]): string {
  return conditions.length === 0 ? "all rows" : conditions.map(conditionText).join(" and ");
}
