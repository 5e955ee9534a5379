/** Missing or non-finite values are shown as this. */
export const MISSING = "—";

/** Up to `digits` decimals; magnitudes below 1e-3 or from 1e6 up in scientific notation. */
export function formatNumber(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs < 1e-3 || abs >= 1e6) return value.toExponential(2);
  return Number(value.toFixed(digits)).toString();
}

/** p-values: scientific notation below 0.001, where the digits that matter are in the exponent. */
export function formatPValue(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  if (value === 0) return "0";
  if (value < 1e-3) return value.toExponential(2);
  return Number(value.toFixed(4)).toString();
}

/** A share in [0, 1] as a percentage; tiny non-zero shares keep two significant digits instead of showing 0%. */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  if (value === 0) return "0%";
  const percent = value * 100;
  if (Math.abs(percent) < 0.1) return `${Number(percent.toPrecision(2))}%`;
  return `${Number(percent.toFixed(1))}%`;
}

/** Counts with thousands separators, independent of the machine's locale. */
export function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}

/** A signed difference, `+0.012` or `-0.3`. */
export function formatChange(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  if (value === 0) return "0";
  return `${value > 0 ? "+" : "-"}${formatNumber(Math.abs(value))}`;
}
