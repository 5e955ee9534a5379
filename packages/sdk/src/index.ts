export type {
  FeatureValue,
  IngestResult,
  LabelRecord,
  LabelResult,
  LabelValue,
  PredictionRecord,
  RejectedRecord,
} from "@telltale/core";
export type { BatchKind, DeliveryErrorCode } from "./delivery-error.js";
export { TelltaleDeliveryError } from "./delivery-error.js";
export type { FetchInit, FetchLike, FetchResponse } from "./fetch-like.js";
export { type FeedbackKind, Telltale } from "./telltale.js";
export type { TelltaleOptions } from "./telltale-options.js";
export type { LabelStats, PredictionStats, TelltaleStats } from "./telltale-stats.js";
