export type { CalibrationMode } from "./calibrate-scores.js";
export { fitCbpe } from "./cbpe.js";
export type {
  BinaryCbpeInput,
  CbpeEstimate,
  CbpeInput,
  CbpeModel,
  CbpeOptions,
  CbpeReference,
  EstimatedMetric,
  EstimatedMetricName,
  MulticlassCbpeInput,
  RowSelection,
} from "./cbpe-types.js";
export { type IsotonicFit, isotonicRegression } from "./isotonic-regression.js";
