import { type Expression, expressionNames, parseExpression } from "@telltale/core";

/** What a business metric that grows with traffic is divided by before two versions are compared. */
export type RateBasis = "labelled" | "prediction";

/** Quantities that exist without a label (core's businessQuantityNames: count and the prediction/score sums and means). */
const LABEL_FREE = new Set(["count", "prediction.sum", "score.sum", "prediction.mean", "score.mean"]);

/**
 * How an expression scales when every row is repeated k times: 0 (unchanged: constants, means, ratios), 1 (k times:
 * counts, sums and their weighted sums) or null (neither, e.g. `fn + 5`, `fn * fp`, `fn > 10`).
 */
function degree(e: Expression): 0 | 1 | null {
  switch (e.kind) {
    case "number":
      return 0;
    case "name":
      return e.name.endsWith(".mean") ? 0 : 1;
    case "negate":
      return degree(e.operand);
    case "binary": {
      const l = degree(e.left);
      const r = degree(e.right);
      if (l === null || r === null) return null;
      if (e.operator === "+" || e.operator === "-") return l === r ? l : null;
      if (e.operator === "*") return l + r <= 1 ? ((l + r) as 0 | 1) : null;
      if (e.operator === "/") return l - r === 0 || l - r === 1 ? ((l - r) as 0 | 1) : null;
      return l === 0 && r === 0 ? 0 : null;
    }
    case "call": {
      const args = e.name === "if" ? e.args.slice(1) : e.args;
      if (e.name === "if" && degree(e.args[0]!) !== 0) return null;
      const degrees = args.map(degree);
      const first = degrees[0] ?? null;
      return degrees.every((d) => d === first) ? first : null;
    }
  }
}

/**
 * Whether a business metric grows with the rows it is computed over (`120 * fn + 15 * fp` does; `tp / (tp + fp)`,
 * `score.mean` do not), and so must be divided by them before versions with different traffic are compared: by
 * labelled predictions when it reads a label-dependent quantity (tp, fn, label.sum, error …), else by predictions.
 * Null when it does not scale, or does not parse.
 */
export function volumeBasis(expression: string | null): RateBasis | null {
  if (expression === null) return null;
  let tree: Expression;
  try {
    tree = parseExpression(expression);
  } catch {
    return null;
  }
  if (degree(tree) !== 1) return null;
  return expressionNames(tree).every((n) => LABEL_FREE.has(n)) ? "prediction" : "labelled";
}
