/** Orders category labels as numpy.unique would: numerically when every label is a number, else by code point. */
export function sortCategories(values: readonly string[]): string[] {
  const numeric = values.length > 0 && values.every((v) => v.trim() !== "" && Number.isFinite(Number(v)));
  const copy = [...values];
  if (numeric) return copy.sort((a, b) => Number(a) - Number(b));
  return copy.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
