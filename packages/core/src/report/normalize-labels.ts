import type { Column } from "../columns.js";

/**
 * UCI-style test splits end every label with a dot (`>50K.`). When stripping one trailing dot maps every current
 * label onto a reference label, and no current label matched as it was, the current column is rewritten so
 * the two sides compare; otherwise it is left alone. Returns the rewritten column, or null when nothing changed.
 */
export function stripTrailingDotLabels(reference: Column, current: Column): Column | null {
  if (reference.kind !== "categorical" || current.kind !== "categorical") return null;
  const known = new Set(reference.categories);
  if (current.categories.length === 0 || current.categories.some((c) => known.has(c))) return null;
  if (!current.categories.every((c) => c.endsWith(".") && known.has(c.slice(0, -1)))) return null;
  return {
    kind: "categorical",
    codes: current.codes,
    categories: current.categories.map((c) => c.slice(0, -1)),
  };
}
