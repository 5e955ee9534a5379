export * from "./business/index.js";
export type * from "./columns.js";
export { type CusumParams, cusumDetector } from "./detect/cusum-detector.js";
export type * from "./detect/detector-result.js";
export type {
  DetectorInput,
  DetectorMethod,
  DetectorMethodName,
  DetectorParamsByMethod,
} from "./detect/detectors.js";
export { detect, detectorMethodNames, detectorMethods, isDetectorMethodName } from "./detect/detectors.js";
export { type EwmaParams, ewmaDetector } from "./detect/ewma-detector.js";
export { type MadParams, madDetector } from "./detect/mad-detector.js";
export { type PageHinkleyParams, pageHinkleyDetector } from "./detect/page-hinkley-detector.js";
export { type SeasonalInput, type SeasonalParams, seasonalDetector } from "./detect/seasonal-detector.js";
export { InputError, type InputErrorCode } from "./errors.js";
export * from "./estimate/index.js";
export * from "./explain/index.js";
export * from "./importance/index.js";
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
export { type EncodedOutcomes, encodeOutcomes } from "./monitoring/encode-outcomes.js";
export type { FeedbackColumns, ModelSpec, MonitoredRows } from "./monitoring/monitored-rows.js";
export { outcomeNames } from "./monitoring/outcome-names.js";
export {
  CLASSIFICATION_METRICS,
  ESTIMATED_METRICS,
  FAIRNESS_METRICS,
  FEEDBACK_METRICS,
  parseSeriesMetric,
  REGRESSION_METRICS,
  type SeriesMetric,
  seriesMetricForms,
} from "./monitoring/series-metric.js";
export { type PerformanceMetrics, subsetPerformance } from "./monitoring/subset-performance.js";
export { type WindowReportInput, windowReport } from "./monitoring/window-report.js";
export {
  type Series,
  type SeriesPoint,
  type WindowSeriesInput,
  windowSeries,
} from "./monitoring/window-series.js";
export * from "./multivariate/index.js";
export type * from "./records/types.js";
export { buildReport, type ReportResult } from "./report/build-report.js";
export { businessSection } from "./report/business-section.js";
export { type CheckSpec, evaluateChecks, valueAtPath } from "./report/checks.js";
export type { BinStrategy } from "./report/column-drift.js";
export {
  ATTRIBUTION_PREFIX,
  type ExplainInput,
  explainSection,
  loggedImportance,
} from "./report/explain-section.js";
export { importanceRows } from "./report/importance-rows.js";
export { DEFAULT_DRIFT_SHARE, type ReportOptions } from "./report/options.js";
export { choosePositiveLabel } from "./report/performance-section.js";
export type * from "./report/types.js";
export * from "./slices/index.js";
export {
  type HistogramOptions,
  histogramCounts,
  quantileEdges,
  sharesFromCounts,
  sturgesEdges,
} from "./stats/binning.js";
export { type AndersonResult, andersonDrift, andersonKSamples } from "./stats/drift/anderson-ksamp.js";
export { chiSquareTest } from "./stats/drift/chi-square-test.js";
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
export { type KsResult, ksTest, ksTwoSample } from "./stats/drift/ks-test.js";
export { type MannWhitneyResult, mannWhitneyTest, mannWhitneyU } from "./stats/drift/mann-whitney-test.js";
export { psiDrift } from "./stats/drift/psi.js";
export { driftMethodNames, driftMethods, isDriftMethodName } from "./stats/drift/registry.js";
export { tTest } from "./stats/drift/t-test.js";
export type * from "./stats/drift/types.js";
export { wassersteinDistance, wassersteinDrift } from "./stats/drift/wasserstein.js";
export { zTest } from "./stats/drift/z-test.js";
export { linearQuantile } from "./stats/linear-quantile.js";
export { randomPermutation, seededRandom, shuffleFront } from "./stats/seeded-random.js";
export { chiSquareSf } from "./stats/special/chi-square-distribution.js";
export { erf, erfc } from "./stats/special/erf.js";
export { regularizedBeta } from "./stats/special/incomplete-beta.js";
export { regularizedGammaP, regularizedGammaQ } from "./stats/special/incomplete-gamma.js";
export { kolmogorovSf } from "./stats/special/kolmogorov-two-sided.js";
export { logBeta, logGamma } from "./stats/special/log-gamma.js";
export { normalCdf, normalSf } from "./stats/special/normal.js";
export { smirnovSf } from "./stats/special/smirnov.js";
export { studentTSf } from "./stats/special/student-t.js";
export { type Eigen, symmetricEigen } from "./stats/symmetric-eigen.js";
export type * from "./table.js";
export {
  fitLogisticRegression,
  type LogisticRegressionInput,
  type LogisticRegressionModel,
} from "./train/logistic-regression.js";
