import { InputError } from "../errors.js";
import { symmetricEigen } from "../stats/symmetric-eigen.js";
import type { SourceColumn } from "../table.js";
import { fitFeatureEncoding } from "./feature-encoding.js";

export interface ReconstructionDrift {
  /** Principal components kept: the fewest whose explained variance exceeds `varianceKept`. */
  readonly components: number;
  /** The share of the reference's variance they explain. */
  readonly explainedVariance: number;
  /** The reference's mean reconstruction error over its chunks. */
  readonly referenceMean: number;
  /** mean − 3 std of the reference chunks' errors; null when that is at or below 0 (NannyML drops it). */
  readonly lower: number | null;
  /** mean + 3 std: a window of the chunks' size above it has drifted. */
  readonly upper: number;
  /** Rows per reference chunk. */
  readonly chunkSize: number;
  /**
   * The upper threshold for a window of `rows` rows: the chunks' spread scaled by √(chunkSize / rows), as the
   * spread of a mean scales, so an hour of 50 rows is not held to a bound meant for 2,000.
   */
  upperFor(rows: number): number;
  /** A window's mean reconstruction error (null without rows) and its rows. */
  error(current: readonly SourceColumn[], rows?: Int32Array): { value: number | null; count: number };
}

export interface ReconstructionOptions {
  /** Default 0.65, NannyML's. */
  readonly varianceKept?: number;
  /**
   * Reference rows per chunk for the threshold; default ⌊rows / 10⌋, NannyML's DefaultChunker. The rows past the
   * last whole chunk join it (NannyML's `incomplete="append"`; its default "keep" would add a chunk of a few rows).
   */
  readonly chunkSize?: number;
}

/**
 * NannyML's data reconstruction drift: the reference's features, imputed, frequency-encoded and standardised,
 * span a PCA fitted on them (scikit-learn's `PCA(n_components=0.65)`: the fewest components whose cumulative
 * explained variance ratio exceeds 0.65); a row's error is the Euclidean distance between it and its projection
 * back from those components, and a window's value is its rows' mean. A change in how features move together
 * raises the error even when no feature's own distribution moves. The threshold is the mean ± 3 population
 * standard deviations of the reference chunks' values (NannyML's StandardDeviationThreshold).
 */
export function fitReconstructionDrift(
  reference: readonly SourceColumn[],
  options: ReconstructionOptions = {},
): ReconstructionDrift {
  const kept = options.varianceKept ?? 0.65;
  if (!(kept > 0 && kept <= 1)) {
    throw new InputError("TELLTALE_BAD_OPTION", `varianceKept = ${kept} must be in (0, 1]`, {
      varianceKept: kept,
    });
  }
  if (options.chunkSize !== undefined && !(Number.isInteger(options.chunkSize) && options.chunkSize > 0)) {
    throw new InputError(
      "TELLTALE_BAD_OPTION",
      `chunkSize = ${options.chunkSize} must be a positive integer`,
      {
        chunkSize: options.chunkSize,
      },
    );
  }
  const encoding = fitFeatureEncoding(reference);
  const d = encoding.names.length;
  const { matrix, rows: n } = encoding.encode(reference);
  if (d === 0 || n < 2) {
    throw new InputError(
      "TELLTALE_BAD_OPTION",
      "reconstruction drift needs a reference with features and two rows",
      {
        features: d,
        rows: n,
      },
    );
  }
  // PCA centres on the mean of the standardised data (≈ 0) and uses the n − 1 covariance, as scikit-learn does.
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j]! += matrix[i * d + j]!;
  for (let j = 0; j < d; j++) mean[j]! /= n;
  const covariance = new Float64Array(d * d);
  const centred = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) centred[j] = matrix[i * d + j]! - mean[j]!;
    for (let j = 0; j < d; j++) {
      const x = centred[j]!;
      if (x === 0) continue;
      for (let k = j; k < d; k++) covariance[j * d + k]! += x * centred[k]!;
    }
  }
  for (let j = 0; j < d; j++) {
    for (let k = j; k < d; k++) {
      covariance[j * d + k]! /= n - 1;
      covariance[k * d + j] = covariance[j * d + k]!;
    }
  }
  const { values, vectors } = symmetricEigen(covariance, d);
  const totalVariance = values.reduce((s, v) => s + Math.max(v, 0), 0);
  let components = d;
  let explained = 1;
  let cumulative = 0;
  for (let k = 0; k < d; k++) {
    cumulative += Math.max(values[k]!, 0) / totalVariance;
    if (cumulative > kept) {
      components = k + 1;
      explained = cumulative;
      break;
    }
  }

  /** Each row's distance to its reconstruction from the kept components. */
  const errors = (x: Float64Array, rows: number): Float64Array => {
    const out = new Float64Array(rows);
    const projected = new Float64Array(components);
    for (let i = 0; i < rows; i++) {
      const base = i * d;
      for (let c = 0; c < components; c++) {
        let s = 0;
        for (let j = 0; j < d; j++) s += (x[base + j]! - mean[j]!) * vectors[j * d + c]!;
        projected[c] = s;
      }
      let squares = 0;
      for (let j = 0; j < d; j++) {
        let back = mean[j]!;
        for (let c = 0; c < components; c++) back += projected[c]! * vectors[j * d + c]!;
        squares += (x[base + j]! - back) ** 2;
      }
      out[i] = Math.sqrt(squares);
    }
    return out;
  };

  const referenceErrors = errors(matrix, n);
  const chunkSize = Math.max(1, options.chunkSize ?? Math.floor(n / 10));
  const chunkMeans: number[] = [];
  // Whole chunks only; the rows past the last whole chunk join it, as NannyML's count-based chunker appends them.
  const chunks = Math.max(1, Math.floor(n / chunkSize));
  for (let c = 0; c < chunks; c++) {
    const from = c * chunkSize;
    const to = c === chunks - 1 ? n : from + chunkSize;
    let s = 0;
    for (let i = from; i < to; i++) s += referenceErrors[i]!;
    chunkMeans.push(s / (to - from));
  }
  const mu = chunkMeans.reduce((s, v) => s + v, 0) / chunkMeans.length;
  const sd = Math.sqrt(chunkMeans.reduce((s, v) => s + (v - mu) ** 2, 0) / chunkMeans.length);
  const lower = mu - 3 * sd;
  return {
    components,
    explainedVariance: explained,
    referenceMean: mu,
    lower: lower > 0 ? lower : null,
    upper: mu + 3 * sd,
    chunkSize,
    upperFor: (rows) => mu + 3 * sd * Math.sqrt(chunkSize / Math.max(rows, 1)),
    error(current, rows) {
      const encoded = encoding.encode(current, rows);
      if (encoded.rows === 0) return { value: null, count: 0 };
      const e = errors(encoded.matrix, encoded.rows);
      let s = 0;
      for (let i = 0; i < e.length; i++) s += e[i]!;
      return { value: s / e.length, count: encoded.rows };
    },
  };
}
