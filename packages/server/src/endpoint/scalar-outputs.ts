import { AppError } from "../errors/app-error.js";
import type { EndpointOutput } from "./endpoint-output.js";

export interface ScalarOptions {
  /** Binary: the positive class, needed when the endpoint answers with class probabilities or labels only. */
  readonly positive?: string;
  /** Multiclass: the class whose probability is wanted. */
  readonly target?: string;
}

function unusable(row: number, what: string): AppError {
  return new AppError("TELLTALE_ENDPOINT_BAD_RESPONSE", `the model endpoint's prediction ${row} ${what}`, {
    row,
  });
}

/** P(`cls`) from one output: its probability, else 1/0 for a label-only answer that is / is not `cls`. */
function classProbability(
  output: EndpointOutput,
  cls: string | undefined,
  row: number,
  role: string,
): number {
  const { score, prediction } = output;
  if (cls === undefined) throw unusable(row, `cannot be reduced without the ${role} class`);
  if (score !== null && typeof score !== "number") {
    const p = score[cls];
    if (p === undefined) {
      throw unusable(row, `has no probability for the ${role} class ${JSON.stringify(cls)} in its score`);
    }
    return p;
  }
  if (prediction !== null) return String(prediction) === cls ? 1 : 0;
  throw unusable(row, `has no probability of the ${role} class ${JSON.stringify(cls)}`);
}

/**
 * Turns outputs into the scalar an explanation needs: binary → P(positive) (the score number, or
 * score[positive], or 1/0 for prediction = / ≠ positive when only labels come back), regression → the value
 * (score, else a numeric prediction), multiclass → P(target) (score[target], or 1/0 from labels).
 */
export function scalarOutputs(
  outputs: readonly EndpointOutput[],
  task: "binary" | "multiclass" | "regression",
  options: ScalarOptions,
): Float64Array {
  const out = new Float64Array(outputs.length);
  outputs.forEach((output, row) => {
    switch (task) {
      case "binary":
        out[row] =
          typeof output.score === "number"
            ? output.score
            : classProbability(output, options.positive, row, "positive");
        break;
      case "multiclass":
        if (typeof output.score === "number") {
          throw unusable(
            row,
            "is a single number: a multiclass model must answer {class: probability} or labels",
          );
        }
        out[row] = classProbability(output, options.target, row, "target");
        break;
      case "regression":
        if (typeof output.score === "number") out[row] = output.score;
        else if (typeof output.prediction === "number") out[row] = output.prediction;
        else throw unusable(row, "is not a number: a regression model must answer its predicted value");
        break;
    }
  });
  return out;
}
