import { domainClassifierAuc } from "../multivariate/domain-classifier.js";
import { fitReconstructionDrift } from "../multivariate/reconstruction-drift.js";
import type { MonitoredRows } from "./monitored-rows.js";

interface Value {
  readonly value: number | null;
  readonly count: number;
}

/** Rows per side and folds of the per-bucket domain classifier: a stable AUC at a fraction of a second a bucket. */
const CLASSIFIER_ROWS = 1000;
const CLASSIFIER_FOLDS = 3;
const MIN_CLASSIFIER_ROWS = 50;

export interface MeasureMultivariate {
  readonly reconstruction?: { upper(rows: number): number; error(rows: Int32Array): Value };
  readonly classifier?: (rows: Int32Array) => Value;
}

/**
 * Multivariate drift of the window's rows against the reference, over every feature together: PCA reconstruction
 * error (NannyML's data reconstruction drift) and a domain classifier's cross-validated ROC AUC (drift above 0.65). A detector the reference cannot fit (no rows, no features) is absent.
 */
export function referenceMultivariate(
  reference: MonitoredRows,
  current: MonitoredRows,
  wanted: { readonly reconstruction: boolean; readonly classifier: boolean },
): MeasureMultivariate {
  const names = new Set(reference.features.map((c) => c.name));
  const features = current.features.filter((c) => names.has(c.name));
  const out: { -readonly [K in keyof MeasureMultivariate]: MeasureMultivariate[K] } = {};
  if (wanted.reconstruction && reference.rows > 1 && features.length > 0) {
    const fit = fitReconstructionDrift(
      reference.features.filter((c) => features.some((f) => f.name === c.name)),
    );
    out.reconstruction = { upper: (rows) => fit.upperFor(rows), error: (rows) => fit.error(features, rows) };
  }
  if (wanted.classifier && reference.rows > 1 && features.length > 0) {
    out.classifier = (rows) => {
      // Below this many rows the AUC's own noise crosses the 0.65 threshold by chance.
      if (rows.length < MIN_CLASSIFIER_ROWS) return { value: null, count: rows.length };
      const result = domainClassifierAuc(reference.features, features, {
        rows,
        maxRows: CLASSIFIER_ROWS,
        folds: CLASSIFIER_FOLDS,
      });
      return { value: result.auc, count: result.rows.current };
    };
  }
  return out;
}
