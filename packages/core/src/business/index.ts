export {
  type BusinessMetricDefinition,
  businessNameCheck,
  compileBusinessMetric,
} from "./business-metric.js";
export { type BusinessQuantities, businessQuantities, businessQuantityNames } from "./business-quantities.js";
export {
  type Expression,
  evaluateExpression,
  expressionNames,
  MAX_EXPRESSION_LENGTH,
  type NameCheck,
  parseExpression,
} from "./expression.js";
