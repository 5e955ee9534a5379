import { formatNumber, formatPercent } from "../../format/format";
import type { CategoricalReference, NumericalReference } from "./lookup-types";

/** `1st`, `2nd`, `3rd`, `11th`, `22nd`. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = { 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th";
  return `${n}${suffix}`;
}

export interface Placement {
  readonly text: string;
  /** Outside the reference's middle 90 % (or its range, or unseen): worth a look. */
  readonly unusual: boolean;
}

/** Where a numerical value falls in the reference, from its percentile (0–100) and range. */
export function numericalPlacement(value: number | string | null, reference: NumericalReference): Placement {
  if (value === null || value === "") return { text: "missing", unusual: true };
  if (typeof value !== "number" || !Number.isFinite(value))
    return { text: `not a number (${String(value)})`, unusual: true };
  if (value < reference.min)
    return { text: `below the reference minimum (${formatNumber(reference.min)})`, unusual: true };
  if (value > reference.max)
    return { text: `above the reference maximum (${formatNumber(reference.max)})`, unusual: true };
  const p = reference.percentile;
  if (p === null || !Number.isFinite(p)) return { text: "within the reference range", unusual: false };
  const unusual = value < reference.p05 || value > reference.p95;
  if (p < 1) return { text: "below the 1st percentile of the reference", unusual };
  if (p > 99) return { text: "above the 99th percentile of the reference", unusual };
  return { text: `${ordinal(Math.round(p))} percentile of the reference`, unusual };
}

/** A share as a percentage that stays readable when tiny: `0.02%`, `< 0.01%`. */
export function shareText(share: number): string {
  if (share > 0 && share < 0.0001) return "< 0.01%";
  return formatPercent(share, share < 0.01 ? 2 : 1);
}

/** How common a category is in the reference, and its rank among the reference's top categories. */
export function categoricalPlacement(
  value: number | string | null,
  reference: CategoricalReference,
): Placement {
  if (value === null || value === "") return { text: "missing", unusual: true };
  if (reference.share <= 0) return { text: "never seen in the reference", unusual: true };
  const rank = reference.top.findIndex((t) => t.value === String(value));
  const where =
    rank === -1
      ? reference.top.length === 1
        ? "not the most common"
        : `not among its ${reference.top.length} most common`
      : rank === 0
        ? "the most common"
        : `the ${ordinal(rank + 1)} most common`;
  return {
    text: `${shareText(reference.share)} of the reference, ${where}`,
    unusual: reference.share < 0.01,
  };
}
