export type { EndpointOutput } from "./endpoint-output.js";
export { ENDPOINT_DEFAULTS, type EndpointOptions, ModelEndpoint } from "./model-endpoint.js";
export { type ScalarOptions, scalarOutputs } from "./scalar-outputs.js";
export { type ServedModel, type ServedPredict, type ServeModelOptions, serveModel } from "./serve-model.js";
