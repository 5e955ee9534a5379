import { DASH, formatNumber } from "../../format/format";

/** A business metric's value with its unit, `1,234 USD`; the unit is whatever the definition says. */
export function businessText(value: number | null, unit: string | null): string {
  if (value === null) return DASH;
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

/** A signed change with the unit, `−120 USD`. */
export function businessDeltaText(delta: number | null, unit: string | null): string {
  if (delta === null) return DASH;
  const sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
  return `${sign}${businessText(Math.abs(delta), unit)}`;
}

/** `error_cost (USD)`. */
export const businessTitle = (name: string, unit: string | null): string =>
  unit ? `${name} (${unit})` : name;
