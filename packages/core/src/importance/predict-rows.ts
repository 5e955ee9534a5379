import type { FeatureValue } from "../records/types.js";

/** One input row: its values in the order of the `features` list it travels with. */
export type FeatureRow = readonly FeatureValue[];

/** The caller's model: one scalar output per row (a score, a probability or a regression value), in row order. */
export type PredictRows = (rows: readonly FeatureRow[]) => Promise<Float64Array>;
