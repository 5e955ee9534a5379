import type { Slice, SliceCondition } from "./explain-types";

/** Test support: a significant slice of 700 rows (accuracy 0.6 against 0.86) with the given conditions. */
export function sliceOf(conditions: readonly SliceCondition[], overrides: Partial<Slice> = {}): Slice {
  return {
    conditions,
    size: 700,
    share: 0.14,
    value: 0.6,
    rest: 0.86,
    difference: 0.26,
    statistic: -9.1,
    pValue: 1e-12,
    adjustedPValue: 3e-11,
    significant: true,
    baseline: 0.85,
    ...overrides,
  };
}
