export { benjaminiHochberg } from "./benjamini-hochberg.js";
export { quantileEdges } from "./cell-coding.js";
export { type FindShiftedSlicesInput, findShiftedSlices } from "./find-shifted-slices.js";
export { type FindSlicesInput, findSlices, type SliceOutcome } from "./find-slices.js";
export type { Slice, SliceCondition, SliceOptions, SliceSearch } from "./slice-types.js";
export { type TestResult, twoProportionZTest } from "./two-proportion-z-test.js";
export { type SampleStats, welchTTest } from "./welch-t-test.js";
