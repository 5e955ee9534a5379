import { InputError } from "../errors.js";
import { meanOfDefined } from "../metrics/ratio.js";
import { fitScoreCalibrator, type ScoreCalibrator } from "./calibrate-scores.js";
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
import { multiclassSamplingComponents, multiclassStandardErrors } from "./multiclass-sampling-error.js";
import { usableRows } from "./usable-rows.js";

const METRICS = ESTIMATED_METRIC_NAMES;

/** Macro mean over the classes where the metric is defined (scikit-learn ≥ 1.3's zero_division=nan rule); null if none. */
const macroMean = meanOfDefined;

function checkShape(
  what: string,
  classScores: readonly Float64Array[],
  predicted: Int32Array,
  labels?: Int32Array,
) {
  if (
    classScores.some((s) => s.length !== predicted.length) ||
    (labels && labels.length !== predicted.length)
  ) {
    throw new InputError(
      "TELLTALE_COLUMN_MISMATCH",
      `${what}: class scores, predicted and labels differ in length`,
    );
  }
}

/**
 * Calibrated class probabilities at `rows`: each class's calibrator on its own raw scores, then every row scaled
 * to sum to 1 (uniform when the calibrated scores sum to 0), as NannyML's `_calibrate_predicted_probabilities`.
 */
function calibratedProbabilities(
  calibrators: readonly ScoreCalibrator[],
  raw: readonly Float64Array[],
): Float64Array[] {
  const k = calibrators.length;
  const out = calibrators.map((c, j) => c.calibrate(raw[j]!));
  const n = raw[0]?.length ?? 0;
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (let j = 0; j < k; j++) total += out[j]![i]!;
    for (let j = 0; j < k; j++) out[j]![i] = total !== 0 ? out[j]![i]! / total : 1 / k;
  }
  return out;
}

/** CBPE for a multiclass classifier: one-vs-rest calibration and metrics, macro-averaged (see `fitCbpe`). */
export function fitMulticlassCbpe(
  classScores: readonly Float64Array[],
  predicted: Int32Array,
  labels: Int32Array,
  options: CbpeOptions = {},
): CbpeModel {
  const k = classScores.length;
  if (k < 2)
    throw new InputError("TELLTALE_BAD_OPTION", "multiclass CBPE needs scores for at least 2 classes");
  checkShape("reference", classScores, predicted, labels);
  const complete = (scores: readonly Float64Array[], pred: Int32Array) => (i: number) =>
    pred[i]! >= 0 && pred[i]! < k && scores.every((s) => !Number.isNaN(s[i]!));
  const rows = usableRows(
    predicted.length,
    undefined,
    (i) => complete(classScores, predicted)(i) && labels[i]! >= 0 && labels[i]! < k,
  );
  if (rows.length === 0)
    throw new InputError(
      "TELLTALE_ALL_MISSING",
      "reference: no row has class scores, a prediction and a label",
    );
  const calibrators = classScores.map((scores, c) =>
    fitScoreCalibrator(
      Uint8Array.from(rows, (i) => (labels[i] === c ? 1 : 0)),
      Float64Array.from(rows, (i) => scores[i]!),
      options.calibration ?? "auto",
      { ...(options.seed !== undefined ? { seed: options.seed } : {}) },
    ),
  );
  const components = multiclassSamplingComponents(labels, predicted, classScores, rows);
  const chunkSize = options.chunkSize ?? Math.max(1, Math.floor(rows.length / 10));

  const estimate = (input: CbpeInput): CbpeEstimate => {
    if (!("classScores" in input))
      throw new InputError("TELLTALE_TYPE_ERROR", "a multiclass CBPE model takes `classScores`");
    if (input.classScores.length !== k) {
      throw new InputError(
        "TELLTALE_COLUMN_MISMATCH",
        `expected scores for ${k} classes, got ${input.classScores.length}`,
      );
    }
    checkShape("estimate", input.classScores, input.predicted);
    const picked = usableRows(
      input.predicted.length,
      input.rows,
      complete(input.classScores, input.predicted),
    );
    const n = picked.length;
    const raw = input.classScores.map((s) => Float64Array.from(picked, (i) => s[i]!));
    const pred = Int32Array.from(picked, (i) => input.predicted[i]!);
    const probabilities = calibratedProbabilities(calibrators, raw);
    const all = Int32Array.from({ length: n }, (_, i) => i);
    let predictedMass = 0;
    for (let i = 0; i < n; i++) predictedMass += probabilities[pred[i]!]![i]!;
    const perClass = probabilities.map((p, c) => ({
      ...confusionEstimates(
        expectedConfusion(
          p,
          Uint8Array.from(pred, (v) => (v === c ? 1 : 0)),
          all,
        ),
      ),
      rocAuc: estimatedRocAuc(p, raw[c]!, all),
    }));
    const value = (m: EstimatedMetricName) =>
      m === "accuracy" ? (n === 0 ? null : predictedMass / n) : macroMean(perClass.map((e) => e[m]));
    const errors = multiclassStandardErrors(components, n);
    const out = Object.fromEntries(METRICS.map((m) => [m, metricBand(value(m), errors[m])]));
    return { ...(out as Record<EstimatedMetricName, ReturnType<typeof metricBand>>), rows: n };
  };

  return {
    task: "multiclass",
    calibrated: calibrators.map((c) => c.calibrated),
    referenceRows: rows.length,
    chunkSize,
    estimate,
    standardErrors: (n = chunkSize) => multiclassStandardErrors(components, n),
  };
}
