export type { DriftImpactEntry, DriftImpactInput, DriftStatistic, ImportanceValue } from "./drift-impact.js";
export { driftImpact, driftScore } from "./drift-impact.js";
export type { ImportanceByFeature } from "./importance-ndcg.js";
export { importanceNdcg, NDCG_ALERT_THRESHOLD } from "./importance-ndcg.js";
export type { AttributionColumn, MeanAbsoluteImportance } from "./mean-absolute-importance.js";
export { meanAbsoluteImportance } from "./mean-absolute-importance.js";
export type {
  PermutationImportance,
  PermutationImportanceFeature,
  PermutationImportanceInput,
} from "./permutation-importance.js";
export { permutationImportance } from "./permutation-importance.js";
export type {
  PredictionChangeImportance,
  PredictionChangeImportanceFeature,
  PredictionChangeImportanceInput,
} from "./prediction-change-importance.js";
export { predictionChangeImportance } from "./prediction-change-importance.js";
