import type { SourceColumn } from "../table.js";

/** Categories kept as their own one-hot column per feature; rarer ones share an "other" column. */
const MAX_CATEGORIES = 20;

export interface DomainDesign {
  /** Row-major `rows × width`: the reference rows first, then the window's. */
  readonly x: Float64Array;
  readonly rows: number;
  readonly width: number;
  /** The columns that hold a standardised number: the candidates for interaction products. */
  readonly numerical: Int32Array;
}

/** One side's column of a feature (absent when the window lacks it) and the sampled rows of it. */
type Side = { readonly source: SourceColumn | undefined; readonly rows: Int32Array };

function numericalValues(side: Side): (k: number) => number {
  const column = side.source?.column;
  if (column?.kind !== "numerical") return () => Number.NaN;
  return (k) => column.values[side.rows[k]!]!;
}

/** The category text of each code of a side (null for missing, or for a numerical column in its place). */
function categoryReader(side: Side): (k: number) => string | null {
  const column = side.source?.column;
  if (column?.kind !== "categorical") return () => null;
  return (k) => {
    const c = column.codes[side.rows[k]!]!;
    return c < 0 ? null : column.categories[c]!;
  };
}

/**
 * The domain classifier's inputs: numbers standardised with the reference sample's mean and population standard
 * deviation (missing → 0, the mean, plus a 0/1 missing column when either side lacks a value), and categories
 * one-hot by their text — so two windows' different category tables agree — over the 20 most frequent values of
 * both sides together (missing is a value of its own; the rest share one column). A feature the window lacks
 * reads as missing there.
 */
export function domainDesign(
  reference: readonly SourceColumn[],
  referenceRows: Int32Array,
  current: readonly SourceColumn[],
  currentRows: Int32Array,
): DomainDesign {
  const byName = new Map(current.map((c) => [c.name, c] as const));
  const nA = referenceRows.length;
  const n = nA + currentRows.length;
  // Each feature becomes a block of columns filled by `fill(i, x, at)` for combined row i at offset `at`.
  const blocks: {
    width: number;
    numerical: boolean;
    fill: (i: number, x: Float64Array, at: number) => void;
  }[] = [];
  for (const source of reference) {
    const sides: [Side, Side] = [
      { source, rows: referenceRows },
      { source: byName.get(source.name), rows: currentRows },
    ];
    if (source.column.kind === "numerical") {
      const [readA, readB] = sides.map(numericalValues) as [(k: number) => number, (k: number) => number];
      const value = (i: number) => (i < nA ? readA(i) : readB(i - nA));
      let sum = 0;
      let count = 0;
      let missing = false;
      for (let i = 0; i < n; i++) {
        const v = value(i);
        if (!Number.isFinite(v)) missing = true;
        else if (i < nA) {
          sum += v;
          count++;
        }
      }
      const mean = count > 0 ? sum / count : 0;
      let squares = 0;
      for (let i = 0; i < nA; i++) {
        const v = value(i);
        if (Number.isFinite(v)) squares += (v - mean) ** 2;
      }
      const std = count > 0 && squares > 0 ? Math.sqrt(squares / count) : 1;
      blocks.push({
        width: 1,
        numerical: true,
        fill: (i, x, at) => {
          const v = value(i);
          x[at] = Number.isFinite(v) ? (v - mean) / std : 0;
        },
      });
      if (missing)
        blocks.push({
          width: 1,
          numerical: false,
          fill: (i, x, at) => {
            x[at] = Number.isFinite(value(i)) ? 0 : 1;
          },
        });
      continue;
    }
    const [readA, readB] = sides.map(categoryReader) as [
      (k: number) => string | null,
      (k: number) => string | null,
    ];
    const text = (i: number) => (i < nA ? readA(i) : readB(i - nA));
    const counts = new Map<string | null, number>();
    for (let i = 0; i < n; i++) {
      const t = text(i);
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    const ranked = [...counts].sort((p, q) => q[1] - p[1] || (String(p[0]) < String(q[0]) ? -1 : 1));
    const slot = new Map(ranked.slice(0, MAX_CATEGORIES).map(([t], k) => [t, k] as const));
    const other = ranked.length > MAX_CATEGORIES ? 1 : 0;
    blocks.push({
      width: slot.size + other,
      numerical: false,
      fill: (i, x, at) => {
        x[at + (slot.get(text(i)) ?? slot.size)] = 1;
      },
    });
  }
  const width = blocks.reduce((s, b) => s + b.width, 0);
  const x = new Float64Array(n * width);
  const numerical: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    if (block.numerical) numerical.push(offset);
    for (let i = 0; i < n; i++) block.fill(i, x, i * width + offset);
    offset += block.width;
  }
  return { x, rows: n, width, numerical: Int32Array.from(numerical) };
}
