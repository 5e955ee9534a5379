import { countCells } from "./cell-counts.js";
import type { Candidate } from "./rank-slices.js";
import type { SliceOutcome } from "./slice-outcome.js";

/** A slice's baseline value needs this many baseline rows, and so does the rest. */
const MIN_BASELINE_ROWS = 10;

/** Per cell of one coding (or a pair): the baseline's rows and outcome sum. */
export interface BaselineCells {
  readonly n: Float64Array;
  readonly sum: Float64Array;
}

/**
 * Compares slices with the same outcome on baseline rows (the reference, or the window before): `cells` counts a
 * coding's (or a pair's) cells there, undefined when the baseline lacks one of the features; `compare` adds the
 * slice's baseline value, the rest's, and how much its gap to the rest widened (`change`), and scores it by change
 * × √size. A conjunction the baseline cannot measure is compared with its parts' widest baseline gap; a slice with
 * no baseline gap at all keeps its difference as its score and a null change.
 */
export function sliceBaseline(outcome: SliceOutcome, rows: Int32Array) {
  const values = outcome.values;
  let total = 0;
  for (let k = 0; k < rows.length; k++) total += values[rows[k]!]!;
  const gaps = new Map<string, number>();

  const cells = (codes: readonly (Int32Array | undefined)[], widths: readonly number[]) =>
    codes.some((c) => !c || c.length === 0)
      ? undefined
      : (countCells(codes as readonly Int32Array[], widths, rows, values) satisfies BaselineCells);

  /** `key` names a single condition (its gap is remembered for conjunctions); `parts` a conjunction's keys. */
  const compare = (
    candidate: Candidate,
    counted: BaselineCells | undefined,
    cell: number,
    key: { readonly single?: string; readonly parts?: readonly string[] },
  ): Candidate => {
    const n = counted?.n[cell] ?? 0;
    const restN = rows.length - n;
    if (!counted || n < MIN_BASELINE_ROWS || restN < MIN_BASELINE_ROWS) {
      const known = (key.parts ?? []).map((p) => gaps.get(p)).filter((g): g is number => g !== undefined);
      const change = known.length > 0 ? candidate.difference - Math.max(...known) : null;
      return {
        ...candidate,
        baseline: null,
        baselineRest: null,
        change,
        score: (change ?? candidate.difference) * Math.sqrt(candidate.size),
      };
    }
    const before = counted.sum[cell]! / n;
    const beforeRest = (total - counted.sum[cell]!) / restN;
    const gap = outcome.worse === "lower" ? beforeRest - before : before - beforeRest;
    if (key.single !== undefined) gaps.set(key.single, gap);
    const change = candidate.difference - gap;
    return {
      ...candidate,
      baseline: before,
      baselineRest: beforeRest,
      change,
      score: change * Math.sqrt(candidate.size),
    };
  };

  return { cells, compare };
}
