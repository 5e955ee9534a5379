export type { FeatureRow, PredictRows } from "../importance/predict-rows.js";
export type { Background } from "./background.js";
export type { RowsModel } from "./checked-predict.js";
export { type CoalitionPlan, planCoalitions } from "./coalition-plan.js";
export { exactShapley } from "./exact-shapley.js";
export {
  type KernelShapInput,
  type KernelShapManyInput,
  type KernelShapOptions,
  kernelShap,
  kernelShapMany,
} from "./kernel-shap.js";
export type { FeatureKind } from "./mixed-encoding.js";
export type { ShapExplanation } from "./shap-explanation.js";
export { shapleyKernelWeight } from "./shapley-kernel-weight.js";
export { summariseBackground } from "./summarise-background.js";
