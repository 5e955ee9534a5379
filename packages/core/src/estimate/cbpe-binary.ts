import { InputError } from "../errors.js";
import { binarySamplingComponents, binaryStandardError } from "./binary-sampling-error.js";
import { fitScoreCalibrator } from "./calibrate-scores.js";
import {
  type CbpeEstimate,
  type CbpeInput,
  type CbpeModel,
  type CbpeOptions,
  ESTIMATED_METRIC_NAMES,
  type EstimatedMetricName,
} from "./cbpe-types.js";
import { estimatedRocAuc } from "./estimated-roc-auc.js";
import { confusionEstimates, expectedConfusion } from "./expected-confusion.js";
import { metricBand } from "./metric-band.js";
import { usableRows } from "./usable-rows.js";

const METRICS = ESTIMATED_METRIC_NAMES;

const identityRows = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

function checkLengths(what: string, scores: Float64Array, predicted: Uint8Array, labels?: Uint8Array): void {
  if (predicted.length !== scores.length || (labels && labels.length !== scores.length)) {
    throw new InputError(
      "TELLTALE_COLUMN_MISMATCH",
      `${what}: scores, predicted and labels differ in length`,
    );
  }
}

/** CBPE for a binary classifier, fitted on reference scores, predictions and labels (see `fitCbpe`). */
export function fitBinaryCbpe(
  scores: Float64Array,
  predicted: Uint8Array,
  labels: Uint8Array,
  options: CbpeOptions = {},
): CbpeModel {
  checkLengths("reference", scores, predicted, labels);
  const rows = usableRows(
    scores.length,
    undefined,
    (i) => !Number.isNaN(scores[i]!) && predicted[i]! <= 1 && labels[i]! <= 1,
  );
  if (rows.length === 0)
    throw new InputError("TELLTALE_ALL_MISSING", "reference: no row has a score, prediction and label");
  const refScores = Float64Array.from(rows, (i) => scores[i]!);
  const refLabels = Uint8Array.from(rows, (i) => labels[i]!);
  const calibrator = fitScoreCalibrator(refLabels, refScores, options.calibration ?? "auto", {
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
  });
  const components = binarySamplingComponents(labels, predicted, scores, rows);
  const chunkSize = options.chunkSize ?? Math.max(1, Math.floor(rows.length / 10));
  const standardErrors = (n: number) =>
    Object.fromEntries(METRICS.map((m) => [m, binaryStandardError(components[m], n)])) as Record<
      EstimatedMetricName,
      number | null
    >;

  const estimate = (input: CbpeInput): CbpeEstimate => {
    if (!("scores" in input))
      throw new InputError("TELLTALE_TYPE_ERROR", "a binary CBPE model takes `scores`");
    checkLengths("estimate", input.scores, input.predicted);
    const picked = usableRows(
      input.scores.length,
      input.rows,
      (i) => !Number.isNaN(input.scores[i]!) && input.predicted[i]! <= 1,
    );
    const raw = Float64Array.from(picked, (i) => input.scores[i]!);
    const positive = Uint8Array.from(picked, (i) => input.predicted[i]!);
    const probabilities = calibrator.calibrate(raw);
    const all = identityRows(picked.length);
    const values = {
      ...confusionEstimates(expectedConfusion(probabilities, positive, all)),
      rocAuc: estimatedRocAuc(probabilities, raw, all),
    };
    const errors = standardErrors(picked.length);
    const out = Object.fromEntries(METRICS.map((m) => [m, metricBand(values[m], errors[m])]));
    return { ...(out as Record<EstimatedMetricName, ReturnType<typeof metricBand>>), rows: picked.length };
  };

  return {
    task: "binary",
    calibrated: calibrator.calibrated,
    referenceRows: rows.length,
    chunkSize,
    estimate,
    standardErrors: (n = chunkSize) => standardErrors(n),
  };
}
