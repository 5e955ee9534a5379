import type { Column } from "@telltale/core";

/** A row's label as text (categorical) or its number's text, as classification compares them; null when missing. */
function textAt(column: Column, i: number): string | null {
  if (column.kind === "categorical") {
    const c = column.codes[i]!;
    return c < 0 ? null : column.categories[c]!;
  }
  const v = column.values[i]!;
  return Number.isFinite(v) ? String(v) : null;
}

/** Per row: 1 when the prediction equals the label, 0 when not, 255 when the row has no label or no prediction. */
export function rowCorrectness(prediction: Column, label: Column, rows: number): Uint8Array {
  const out = new Uint8Array(rows);
  for (let i = 0; i < rows; i++) {
    const truth = textAt(label, i);
    const predicted = textAt(prediction, i);
    out[i] = truth === null || predicted === null ? 255 : truth === predicted ? 1 : 0;
  }
  return out;
}

/** Per row: |prediction − label| for regression, NaN where either is missing or not a number. */
export function rowAbsoluteError(prediction: Column, label: Column, rows: number): Float64Array {
  const number = (column: Column, i: number) => {
    if (column.kind === "numerical") return column.values[i]!;
    const text = textAt(column, i);
    return text === null ? Number.NaN : Number(text);
  };
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const e = Math.abs(number(prediction, i) - number(label, i));
    out[i] = Number.isFinite(e) ? e : Number.NaN;
  }
  return out;
}
