import { formatDelta, formatNumber } from "../../format/format";
import type { BusinessMetricInfo } from "../performance/business-metrics";
import type { CompareAnswer, CompareSide } from "./compare-types";
import { type RateBasis, volumeBasis } from "./volume-basis";

export interface BusinessSideValue {
  /** Over the side's predictions in the window; null without labelled rows (or what the expression reads). */
  readonly value: number | null;
  /** value per labelled prediction (or per prediction, see the row's basis); null when not volume-scaled. */
  readonly rate: number | null;
  /** The version's registered benchmark `business.<name>`, or null. */
  readonly benchmark: number | null;
}

export interface BusinessCompareRow {
  readonly name: string;
  readonly unit: string | null;
  /** Null for a metric the answer holds but the definitions do not (deleted since): no side is called better. */
  readonly better: "lower" | "higher" | null;
  readonly expression: string | null;
  readonly description: string | null;
  /** Set when the metric grows with traffic: the sides are then compared per labelled prediction (or prediction). */
  readonly basis: RateBasis | null;
  readonly a: BusinessSideValue;
  readonly b: BusinessSideValue;
  /** b − a, of the rates when the metric grows with traffic, else of the values. */
  readonly difference: number | null;
  /** difference / |a|; null when a is 0 or missing. */
  readonly relative: number | null;
  readonly betterSide: "a" | "b" | null;
}

const finite = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

function sideValue(side: CompareSide, name: string, basis: RateBasis | null): BusinessSideValue {
  const value = finite(side.business?.[name]);
  const per = basis === "labelled" ? side.labelled : side.rows;
  return {
    value,
    rate: basis !== null && value !== null && per > 0 ? value / per : null,
    benchmark: finite(side.benchmark[`business.${name}`]),
  };
}

/**
 * One row per business metric, in the definitions' order, then any the answer holds that are no longer defined:
 * each side's value and benchmark, B − A (per labelled prediction for a metric that grows with traffic, so the
 * version with less traffic does not win by it), and the better side by the metric's own direction.
 */
export function businessCompareRows(
  answer: CompareAnswer,
  metrics: readonly BusinessMetricInfo[],
): BusinessCompareRow[] {
  const defined = new Set(metrics.map((m) => m.name));
  const undefinedNames = [
    ...new Set([...Object.keys(answer.a.business ?? {}), ...Object.keys(answer.b.business ?? {})]),
  ]
    .filter((name) => !defined.has(name))
    .sort();
  const definitions = [
    ...metrics,
    ...undefinedNames.map((name) => ({
      name,
      unit: null,
      better: null,
      expression: null,
      description: null,
    })),
  ];
  return definitions.map((m) => {
    const basis = volumeBasis(m.expression);
    const a = sideValue(answer.a, m.name, basis);
    const b = sideValue(answer.b, m.name, basis);
    const [x, y] = basis === null ? [a.value, b.value] : [a.rate, b.rate];
    const difference = x !== null && y !== null ? y - x : null;
    const betterSide =
      difference === null || difference === 0 || m.better === null
        ? null
        : difference > 0 === (m.better === "higher")
          ? ("b" as const)
          : ("a" as const);
    return {
      name: m.name,
      unit: m.unit,
      better: m.better,
      expression: m.expression,
      description: m.description,
      basis,
      a,
      b,
      difference,
      relative: difference !== null && x !== null && x !== 0 ? difference / Math.abs(x) : null,
      betterSide,
    };
  });
}

/** `1,234 USD`; a metric without a unit is the bare number. */
export function businessValueText(value: number | null, unit: string | null): string {
  const text = formatNumber(value);
  return value === null || unit === null || unit === "" ? text : `${text} ${unit}`;
}

/** `12.6 USD per labelled prediction`. */
export function businessRateText(rate: number | null, unit: string | null, basis: RateBasis): string {
  return `${businessValueText(rate, unit)} per ${basis === "labelled" ? "labelled prediction" : "prediction"}`;
}

/** `+120 USD (+4.2%)`, or `−0.93 USD per labelled prediction (−7.3%)`: the change in the metric's unit, relative to A. */
export function businessDifferenceText(
  row: Pick<BusinessCompareRow, "difference" | "relative" | "unit" | "basis">,
): string {
  if (row.difference === null) return formatDelta("business", null);
  const absolute = `${formatDelta("business", row.difference)}${row.unit ? ` ${row.unit}` : ""}${
    row.basis === null ? "" : ` per ${row.basis === "labelled" ? "labelled prediction" : "prediction"}`
  }`;
  if (row.relative === null) return absolute;
  const percent = row.relative * 100;
  const sign = percent > 0 ? "+" : percent < 0 ? "−" : "±";
  return `${absolute} (${sign}${formatNumber(Math.abs(percent), 1)}%)`;
}
