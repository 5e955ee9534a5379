import type { SourceColumn } from "../table.js";
import { type CellCoding, codeCells } from "./cell-coding.js";
import { type Candidate, rankSlices } from "./rank-slices.js";
import { sliceBaseline } from "./slice-baseline.js";
import { knownRows, type SliceOutcome } from "./slice-outcome.js";
import type { SliceOptions, SliceSearch } from "./slice-types.js";
import { twoProportionZTest } from "./two-proportion-z-test.js";
import { welchTTest } from "./welch-t-test.js";

export type { SliceOutcome } from "./slice-outcome.js";

export interface FindSlicesInput extends SliceOptions {
  readonly columns: readonly SourceColumn[];
  /** The rows to search (indices into the columns); all when absent. */
  readonly rows?: Int32Array;
  readonly outcome: SliceOutcome;
  /**
   * The same outcome on other rows (the reference, or the window before): each slice's value there, and ranking by
   * how much its gap to the rest widened since. Features it lacks leave their slices' baseline null.
   */
  readonly baseline?: { readonly columns: readonly SourceColumn[]; readonly outcome: SliceOutcome };
}

/** Per-cell sums of outcomes centred on the overall mean (so variances do not cancel), filled in one pass. */
function cellSums(
  codes: readonly Int32Array[],
  widths: readonly number[],
  rows: Int32Array,
  y: Float64Array,
) {
  const cells = widths.reduce((p, w) => p * w, 1);
  const n = new Float64Array(cells);
  const s1 = new Float64Array(cells);
  const s2 = new Float64Array(cells);
  const a = codes[0]!;
  const b = codes[1];
  const width = widths[1] ?? 1;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const x = a[i]!;
    const z = b ? b[i]! : 0;
    if (x < 0 || z < 0) continue;
    const cell = x * width + z;
    const v = y[k]!;
    n[cell]!++;
    s1[cell]! += v;
    s2[cell]! += v * v;
  }
  return { n, s1, s2 };
}

/**
 * Root-cause slices of one window: single conditions, then conjunctions of two among the features of the worst
 * `pairSeeds` singles, each tested against the rest of the rows (two-proportion z for a rate, Welch's t for a mean)
 * and corrected together (Benjamini–Hochberg). A slice needs max(minRows, minShare·rows) rows and leaves as many
 * outside it; a conjunction is reported only when it is worse than the rest of each of its conditions (the same
 * test, adjusted over the conjunctions). Ranked by difference × √size (a large slice a little worse can matter as
 * much as a small one much worse), or with a baseline by the change of that difference × √size, so slices that were
 * always harder (in Adult, married people) rank below the one that broke; a slice without a baseline value keeps
 * its difference.
 */
export function findSlices(input: FindSlicesInput): SliceSearch {
  const { outcome } = input;
  const minRows = input.minRows ?? 50;
  const rows = knownRows(outcome, input.rows);
  const total = rows.length;
  const base = input.baseline;
  const baseRows = base ? knownRows(base.outcome, undefined) : new Int32Array(0);
  const compared = base ? sliceBaseline(base.outcome, baseRows) : undefined;
  let mean = 0;
  for (let k = 0; k < total; k++) mean += outcome.values[rows[k]!]!;
  mean = total > 0 ? mean / total : Number.NaN;
  const y = Float64Array.from(rows, (i) => outcome.values[i]! - mean);
  let totalS2 = 0;
  for (let k = 0; k < total; k++) totalS2 += y[k]! * y[k]!;
  const minSize = Math.max(minRows, Math.ceil((input.minShare ?? 0.01) * total));
  const codings = codeCells(base ? [input.columns, base.columns] : [input.columns], [rows, baseRows], {
    bins: input.bins ?? 5,
    maxCategories: input.maxCategories ?? 50,
    optional: true,
  });
  /** Higher is worse: a cell's own metric, to compare a conjunction with its parts. */
  const badness = (value: number) => (outcome.worse === "lower" ? -value : value);

  const variance = (ss: number, s: number, m: number) => Math.max(0, (ss - (s * s) / m) / (m - 1));
  /** Two groups' test from their centred sums (count, Σy, Σy²): two-proportion z for a rate, Welch's t for a mean. */
  const contrast = (n: number, s1: number, s2: number, m: number, t1: number, t2: number) =>
    outcome.kind === "rate"
      ? twoProportionZTest(mean * n + s1, n, mean * m + t1, m)
      : welchTTest(
          { n, mean: mean + s1 / n, variance: variance(s2, s1, n) },
          { n: m, mean: mean + t1 / m, variance: variance(t2, t1, m) },
        );

  /** The candidate for a cell's sums, or undefined when it lacks support on either side. */
  const test = (n: number, s1: number, s2: number, conditions: Candidate["conditions"]) => {
    const restN = total - n;
    if (n < minSize || restN < minSize) return undefined;
    const value = mean + s1 / n;
    const rest = mean - s1 / restN;
    const { statistic, pValue } = contrast(n, s1, s2, restN, -s1, totalS2 - s2);
    const difference = badness(value) - badness(rest);
    const candidate: Candidate = {
      conditions,
      size: n,
      share: n / total,
      value,
      rest,
      difference,
      statistic,
      pValue,
      score: difference * Math.sqrt(n),
    };
    return candidate;
  };

  const candidates: Candidate[] = [];
  const singles = codings.map((coding) => cellSums([coding.codes[0]!], [coding.conditions.length], rows, y));
  const seeds: { f: number; score: number }[] = [];
  codings.forEach((coding, f) => {
    const sums = singles[f]!;
    const before = compared?.cells([coding.codes[1]], [coding.conditions.length]);
    coding.conditions.forEach((condition, c) => {
      let candidate = test(sums.n[c]!, sums.s1[c]!, sums.s2[c]!, [condition]);
      if (!candidate) return;
      if (compared) candidate = compared.compare(candidate, before, c, { single: `${f}:${c}` });
      candidates.push(candidate);
      if (candidate.difference > 0) seeds.push({ f, score: candidate.score });
    });
  });

  const pairCandidates = (fa: number, fb: number) => {
    const ca: CellCoding = codings[fa]!;
    const cb: CellCoding = codings[fb]!;
    const widths = [ca.conditions.length, cb.conditions.length];
    const sums = cellSums([ca.codes[0]!, cb.codes[0]!], widths, rows, y);
    const before = compared?.cells([ca.codes[1], cb.codes[1]], widths);
    /** The p-value of the conjunction being worse than the rest of one of its parts (1 when it is not worse). */
    const againstPart = (f: number, c: number, n: number, s1: number, s2: number) => {
      const part = singles[f]!;
      const m = part.n[c]! - n;
      const t1 = part.s1[c]! - s1;
      if (m < 1 || badness(s1 / n) <= badness(t1 / m)) return 1;
      return contrast(n, s1, s2, m, t1, part.s2[c]! - s2).pValue;
    };
    for (let x = 0; x < widths[0]!; x++) {
      for (let z = 0; z < widths[1]!; z++) {
        const cell = x * widths[1]! + z;
        let candidate = test(sums.n[cell]!, sums.s1[cell]!, sums.s2[cell]!, [
          ca.conditions[x]!,
          cb.conditions[z]!,
        ]);
        if (!candidate) continue;
        if (compared)
          candidate = compared.compare(candidate, before, cell, { parts: [`${fa}:${x}`, `${fb}:${z}`] });
        const n = sums.n[cell]!;
        const s1 = sums.s1[cell]!;
        const s2 = sums.s2[cell]!;
        const beyondParts = Math.max(againstPart(fa, x, n, s1, s2), againstPart(fb, z, n, s1, s2));
        candidates.push({ ...candidate, beyondParts: Number.isNaN(beyondParts) ? 1 : beyondParts });
      }
    }
  };
  if (input.pairs !== false) {
    seeds.sort((a, b) => b.score - a.score);
    const features = [...new Set(seeds.slice(0, input.pairSeeds ?? 30).map((s) => s.f))].sort(
      (a, b) => a - b,
    );
    for (let a = 0; a < features.length; a++) {
      for (let b = a + 1; b < features.length; b++) pairCandidates(features[a]!, features[b]!);
    }
  }

  return {
    slices: rankSlices(candidates, input.alpha ?? 0.05, input.limit ?? 20),
    tested: candidates.length,
    rows: total,
    overall: mean,
  };
}
