import { choleskySolve } from "./cholesky-solve.js";

export interface LogisticRegressionInput {
  /** Row-major design matrix, `rows × columns`, without an intercept column; standardise features beforehand. */
  readonly x: Float64Array;
  readonly rows: number;
  readonly columns: number;
  /** The target per row: 1 for the positive class, 0 for the negative. */
  readonly y: Uint8Array | Int32Array;
  /** Inverse regularisation strength as scikit-learn's `C`: the penalty is ‖w‖²/(2C), the intercept is not penalised. Default 1. */
  readonly c?: number;
  /** Default true. */
  readonly fitIntercept?: boolean;
  /** Newton iterations at most; default 100 (Adult-sized problems take about 8). */
  readonly maxIterations?: number;
  /** Stop when every gradient component of the mean loss is below this; default 1e-10. */
  readonly tolerance?: number;
}

export interface LogisticRegressionModel {
  readonly coefficients: Float64Array;
  readonly intercept: number;
  readonly iterations: number;
  /** False when `maxIterations` ran out or a step could not lower the loss before the gradient was small. */
  readonly converged: boolean;
  /** P(y = 1) for each row of a row-major matrix with the training's column count. */
  predictProba(x: Float64Array): Float64Array;
}

/** log(1 + e^z) without overflow. */
function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** The non-zero entries of each row (compressed sparse rows): one-hot designs have few, so H costs O(n·k²) not O(n·p²). */
interface SparseRows {
  readonly start: Int32Array;
  readonly index: Int32Array;
  readonly value: Float64Array;
}

function sparseRows(x: Float64Array, rows: number, columns: number): SparseRows {
  let nnz = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== 0) nnz++;
  const start = new Int32Array(rows + 1);
  const index = new Int32Array(nnz);
  const value = new Float64Array(nnz);
  let k = 0;
  for (let r = 0; r < rows; r++) {
    start[r] = k;
    const base = r * columns;
    for (let j = 0; j < columns; j++) {
      const v = x[base + j]!;
      if (v !== 0) {
        index[k] = j;
        value[k++] = v;
      }
    }
  }
  start[rows] = k;
  return { start, index, value };
}

function validate(input: LogisticRegressionInput): void {
  const { x, rows, columns, y } = input;
  if (!(Number.isInteger(rows) && rows > 0 && Number.isInteger(columns) && columns > 0)) {
    throw new RangeError(`rows = ${rows} and columns = ${columns} must be positive integers`);
  }
  if (x.length !== rows * columns) {
    throw new RangeError(`x has ${x.length} values, expected rows × columns = ${rows * columns}`);
  }
  if (y.length !== rows) throw new RangeError(`y has ${y.length} values, expected ${rows}`);
  for (let i = 0; i < rows; i++) {
    if (y[i] !== 0 && y[i] !== 1) throw new RangeError(`y[${i}] = ${y[i]}, expected 0 or 1`);
  }
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i]!)) throw new RangeError(`x[${i}] = ${x[i]} is not finite`);
  }
  const c = input.c ?? 1;
  if (!(c > 0)) throw new RangeError(`c = ${c} must be positive`);
}

/**
 * Binary logistic regression with an L2 penalty, the optimum scikit-learn's `LogisticRegression(C=c)` reaches:
 * minimises Σ log(1 + e^{z_i}) − y_i z_i + ‖w‖²/(2C) with z = Xw + b, by Newton's method (the exact Hessian,
 * solved by Cholesky) with a backtracking line search, so the fit is deterministic and converges quadratically.
 */
export function fitLogisticRegression(input: LogisticRegressionInput): LogisticRegressionModel {
  validate(input);
  const { rows, columns, y } = input;
  const lambda = 1 / (input.c ?? 1);
  const fitIntercept = input.fitIntercept ?? true;
  const maxIterations = input.maxIterations ?? 100;
  const tolerance = input.tolerance ?? 1e-10;
  const sparse = sparseRows(input.x, rows, columns);
  const p = columns + (fitIntercept ? 1 : 0);
  const theta = new Float64Array(p);
  const z = new Float64Array(rows);

  const linear = (params: Float64Array, out: Float64Array) => {
    const b = fitIntercept ? params[columns]! : 0;
    for (let r = 0; r < rows; r++) {
      let s = b;
      for (let k = sparse.start[r]!; k < sparse.start[r + 1]!; k++)
        s += sparse.value[k]! * params[sparse.index[k]!]!;
      out[r] = s;
    }
  };
  const loss = (params: Float64Array, zs: Float64Array) => {
    let total = 0;
    for (let r = 0; r < rows; r++) total += softplus(zs[r]!) - y[r]! * zs[r]!;
    let norm = 0;
    for (let j = 0; j < columns; j++) norm += params[j]! * params[j]!;
    return total + 0.5 * lambda * norm;
  };

  linear(theta, z);
  let current = loss(theta, z);
  let iterations = 0;
  let converged = false;
  const gradient = new Float64Array(p);
  const hessian = new Float64Array(p * p);
  const trial = new Float64Array(p);
  const trialZ = new Float64Array(rows);

  for (;;) {
    gradient.fill(0);
    hessian.fill(0);
    for (let r = 0; r < rows; r++) {
      const mu = sigmoid(z[r]!);
      const residual = mu - y[r]!;
      const weight = mu * (1 - mu);
      const from = sparse.start[r]!;
      const to = sparse.start[r + 1]!;
      for (let k = from; k < to; k++) {
        const a = sparse.index[k]!;
        const va = sparse.value[k]!;
        gradient[a]! += residual * va;
        const wa = weight * va;
        const rowOffset = a * p;
        for (let l = k; l < to; l++) hessian[rowOffset + sparse.index[l]!]! += wa * sparse.value[l]!;
        if (fitIntercept) hessian[rowOffset + columns]! += wa;
      }
      if (fitIntercept) {
        gradient[columns]! += residual;
        hessian[columns * p + columns]! += weight;
      }
    }
    let largest = 0;
    for (let j = 0; j < p; j++) {
      if (j < columns) {
        gradient[j]! += lambda * theta[j]!;
        hessian[j * p + j]! += lambda;
      }
      largest = Math.max(largest, Math.abs(gradient[j]!));
    }
    if (largest / rows <= tolerance) {
      converged = true;
      break;
    }
    if (iterations >= maxIterations) break;
    iterations++;
    // Only the upper triangle was accumulated (column indices ascend within a row); mirror it.
    for (let a = 0; a < p; a++) for (let b = a + 1; b < p; b++) hessian[b * p + a] = hessian[a * p + b]!;
    const step = choleskySolve(hessian, p, gradient);
    let slope = 0;
    for (let j = 0; j < p; j++) slope -= gradient[j]! * step[j]!;
    // Near the optimum the predicted decrease is below the loss's rounding, so comparing losses is noise: take the
    // full Newton step, which converges quadratically there.
    const tiny = -slope <= 1e-10 * Math.max(1, Math.abs(current));
    let t = 1;
    let accepted = false;
    for (let halvings = 0; halvings < 50; halvings++, t /= 2) {
      for (let j = 0; j < p; j++) trial[j] = theta[j]! - t * step[j]!;
      linear(trial, trialZ);
      const next = loss(trial, trialZ);
      if (tiny || next <= current + 1e-4 * t * slope) {
        theta.set(trial);
        z.set(trialZ);
        current = next;
        accepted = true;
        break;
      }
    }
    // At the precision floor no step lowers the loss; the gradient test above decides convergence.
    if (!accepted) break;
  }

  const coefficients = theta.slice(0, columns);
  const intercept = fitIntercept ? theta[columns]! : 0;
  return {
    coefficients,
    intercept,
    iterations,
    converged,
    predictProba(x: Float64Array): Float64Array {
      if (x.length % columns !== 0) {
        throw new RangeError(`x has ${x.length} values, not a multiple of ${columns} columns`);
      }
      const n = x.length / columns;
      const out = new Float64Array(n);
      for (let r = 0; r < n; r++) {
        let s = intercept;
        const base = r * columns;
        for (let j = 0; j < columns; j++) s += x[base + j]! * coefficients[j]!;
        out[r] = sigmoid(s);
      }
      return out;
    },
  };
}
