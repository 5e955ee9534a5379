export type * from "./columns.js";
export { InputError, type InputErrorCode } from "./errors.js";
export {
  argmaxPredictions,
  averagePrecision,
  binaryBrier,
  binaryLogLoss,
  binaryPredictions,
  type ClassificationInput,
  classificationMetrics,
  expectedCalibrationError,
  type FairnessInput,
  fairnessMetrics,
  multiclassBrier,
  multiclassLogLoss,
  regressionMetrics,
  rocAuc,
  type ThresholdCurve,
  thresholdCurve,
} from "./metrics/index.js";
export { buildReport, type ReportResult } from "./report/build-report.js";
export { type CheckSpec, evaluateChecks, valueAtPath } from "./report/checks.js";
export type { BinStrategy } from "./report/column-drift.js";
export { DEFAULT_DRIFT_SHARE, type ReportOptions } from "./report/options.js";
export type * from "./report/types.js";
export {
  type HistogramOptions,
  histogramCounts,
  quantileEdges,
  sharesFromCounts,
  sturgesEdges,
} from "./stats/binning.js";
export { type AndersonResult, andersonDrift, andersonKSamples } from "./stats/drift/anderson-ksamp.js";
export {
  type CramerVonMisesResult,
  cramerVonMises,
  cramerVonMisesDrift,
} from "./stats/drift/cramer-von-mises.js";
export { energyDistance, energyDrift } from "./stats/drift/energy-distance.js";
export { floorZeroShares } from "./stats/drift/floor-zero-shares.js";
export { hellingerDrift } from "./stats/drift/hellinger.js";
export { jensenShannonDrift } from "./stats/drift/jensen-shannon.js";
export { klDrift } from "./stats/drift/kl-divergence.js";
export { psiDrift } from "./stats/drift/psi.js";
export { driftMethodNames, driftMethods, isDriftMethodName } from "./stats/drift/registry.js";
export type * from "./stats/drift/types.js";
export { wassersteinDistance, wassersteinDrift } from "./stats/drift/wasserstein.js";
export type * from "./table.js";
