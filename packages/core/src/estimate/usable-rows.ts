import type { RowSelection } from "./cbpe-types.js";

/** The selected row indices (all `length` rows when `selection` is absent) for which `usable(i)` holds. */
export function usableRows(
  length: number,
  selection: RowSelection | undefined,
  usable: (i: number) => boolean,
): Int32Array {
  const out: number[] = [];
  if (selection === undefined) {
    for (let i = 0; i < length; i++) if (usable(i)) out.push(i);
  } else {
    for (const i of selection) {
      if (i < 0 || i >= length || !Number.isInteger(i))
        throw new RangeError(`row ${i} is outside 0..${length - 1}`);
      if (usable(i)) out.push(i);
    }
  }
  return Int32Array.from(out);
}
