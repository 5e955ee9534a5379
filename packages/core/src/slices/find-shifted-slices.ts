import type { SourceColumn } from "../table.js";
import { type CellCoding, codeCells } from "./cell-coding.js";
import { countCells } from "./cell-counts.js";
import { type Candidate, rankSlices } from "./rank-slices.js";
import type { SliceOptions, SliceSearch } from "./slice-types.js";
import { twoProportionZTest } from "./two-proportion-z-test.js";

export interface FindShiftedSlicesInput extends SliceOptions {
  readonly current: readonly SourceColumn[];
  readonly baseline: readonly SourceColumn[];
  /** Rows of each side to search; all when absent. */
  readonly rows?: Int32Array;
  readonly baselineRows?: Int32Array;
}

const everyRow = (columns: readonly SourceColumn[]) => {
  const column = columns[0]?.column;
  const n = !column ? 0 : column.kind === "numerical" ? column.values.length : column.codes.length;
  return Int32Array.from({ length: n }, (_, i) => i);
};

/** Cells' row counts on one side: per cell of one coding, or of a pair of codings. */
const count = (codes: readonly Int32Array[], widths: readonly number[], rows: Int32Array) =>
  countCells(codes, widths, rows).n;

/**
 * Slices whose share of rows grew from the baseline to the current window (metric=drift): the same candidates as
 * `findSlices`, numerical bins cut at the baseline's quantiles and categories matched by text, each tested with a
 * two-proportion z test on its share of either side and corrected together (Benjamini–Hochberg). A slice needs
 * max(minRows, minShare·rows) current rows; a conjunction is reported only when its share of each of its parts
 * grew too (two-proportion z, adjusted over the conjunctions). Ranked by share growth × √size.
 */
export function findShiftedSlices(input: FindShiftedSlicesInput): SliceSearch {
  const current = input.rows ?? everyRow(input.current);
  const baseline = input.baselineRows ?? everyRow(input.baseline);
  const nc = current.length;
  const nb = baseline.length;
  const minSize = Math.max(input.minRows ?? 50, Math.ceil((input.minShare ?? 0.01) * nc));
  const codings = codeCells([input.baseline, input.current], [baseline, current], {
    bins: input.bins ?? 5,
    maxCategories: input.maxCategories ?? 50,
  });
  const candidates: Candidate[] = [];
  const test = (c: number, b: number, conditions: Candidate["conditions"]): Candidate | undefined => {
    if (c < minSize || nb === 0) return undefined;
    const value = c / nc;
    const rest = b / nb;
    const { statistic, pValue } = twoProportionZTest(c, nc, b, nb);
    const difference = value - rest;
    return {
      conditions,
      size: c,
      share: value,
      value,
      rest,
      difference,
      statistic,
      pValue,
      score: difference * Math.sqrt(c),
    };
  };
  const singles = codings.map((coding) => {
    const widths = [coding.conditions.length];
    return {
      current: count([coding.codes[1]!], widths, current),
      baseline: count([coding.codes[0]!], widths, baseline),
    };
  });
  const seeds: { f: number; c: number; score: number }[] = [];
  codings.forEach((coding, f) => {
    coding.conditions.forEach((condition, c) => {
      const candidate = test(singles[f]!.current[c]!, singles[f]!.baseline[c]!, [condition]);
      if (!candidate) return;
      candidates.push(candidate);
      if (candidate.difference > 0) seeds.push({ f, c, score: candidate.score });
    });
  });
  if (input.pairs !== false) {
    seeds.sort((a, b) => b.score - a.score);
    const features = [...new Set(seeds.slice(0, input.pairSeeds ?? 30).map((s) => s.f))].sort(
      (a, b) => a - b,
    );
    for (let a = 0; a < features.length; a++) {
      for (let b = a + 1; b < features.length; b++) pairs(features[a]!, features[b]!);
    }
  }
  function pairs(fa: number, fb: number) {
    const ca: CellCoding = codings[fa]!;
    const cb: CellCoding = codings[fb]!;
    const widths = [ca.conditions.length, cb.conditions.length];
    const now = count([ca.codes[1]!, cb.codes[1]!], widths, current);
    const before = count([ca.codes[0]!, cb.codes[0]!], widths, baseline);
    for (let x = 0; x < widths[0]!; x++) {
      for (let z = 0; z < widths[1]!; z++) {
        const cell = x * widths[1]! + z;
        const candidate = test(now[cell]!, before[cell]!, [ca.conditions[x]!, cb.conditions[z]!]);
        if (!candidate) continue;
        // Within each part, the conjunction's share of that part must have grown too, or the part explains it.
        const within = (part: { current: Float64Array; baseline: Float64Array }, c: number) => {
          const r = twoProportionZTest(now[cell]!, part.current[c]!, before[cell]!, part.baseline[c]!);
          return r.statistic > 0 ? r.pValue : 1;
        };
        const beyondParts = Math.max(within(singles[fa]!, x), within(singles[fb]!, z));
        candidates.push({ ...candidate, beyondParts: Number.isNaN(beyondParts) ? 1 : beyondParts });
      }
    }
  }
  return {
    slices: rankSlices(candidates, input.alpha ?? 0.05, input.limit ?? 20),
    tested: candidates.length,
    rows: nc,
    overall: 1,
  };
}
