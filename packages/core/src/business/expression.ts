import { expressionError } from "./expression-error.js";
import { type Token, tokenize } from "./expression-tokens.js";

/** A parsed expression: the tree the evaluator walks. */
export type Expression =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "name"; readonly name: string; readonly position: number }
  | { readonly kind: "negate"; readonly operand: Expression }
  | {
      readonly kind: "binary";
      readonly operator: "+" | "-" | "*" | "/" | "<" | "<=" | ">" | ">=" | "==" | "!=";
      readonly left: Expression;
      readonly right: Expression;
    }
  | { readonly kind: "call"; readonly name: FunctionName; readonly args: readonly Expression[] };

const FUNCTIONS = { min: [1, 64], max: [1, 64], abs: [1, 1], if: [3, 3] } as const;
export type FunctionName = keyof typeof FUNCTIONS;

/** The names an expression may read: a list (named in errors), or a list and a rule for open families like `tp.<class>`. */
export type NameCheck =
  | readonly string[]
  | { readonly names: readonly string[]; readonly accepts: (name: string) => boolean };

/** Longer expressions and deeper nesting are refused before any work, so no input can exhaust the stack or hang. */
export const MAX_EXPRESSION_LENGTH = 1000;
const MAX_DEPTH = 40;

const COMPARISONS = new Set(["<", "<=", ">", ">=", "==", "!="]);

/**
 * Parses a business-metric expression: numbers, named quantities, `+ - * /`, unary minus, comparisons (1 when true,
 * 0 when false; not chained), parentheses, and the functions min, max, abs and if(condition, then, else). Names are
 * checked against `names` when given. A bad expression is an InputError (TELLTALE_BAD_EXPRESSION) that points at
 * the offending token.
 */
export function parseExpression(expression: string, names?: NameCheck): Expression {
  if (expression.length > MAX_EXPRESSION_LENGTH) {
    throw expressionError(
      expression.slice(0, 40),
      MAX_EXPRESSION_LENGTH,
      `longer than ${MAX_EXPRESSION_LENGTH} characters`,
    );
  }
  const tokens = tokenize(expression);
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const fail = (why: string, token = peek()): never => {
    throw expressionError(expression, token?.position ?? expression.length, why, token?.text);
  };
  const expect = (kind: Token["kind"], what: string) => {
    const token = peek();
    if (token?.kind !== kind) fail(`expected ${what}`);
    at++;
  };
  const listed =
    names === undefined ? undefined : "names" in names ? names.names : (names as readonly string[]);
  const known = listed ? new Set(listed) : undefined;
  const accepts = (name: string) =>
    !known || known.has(name) || (names !== undefined && "accepts" in names && names.accepts(name));

  function primary(depth: number): Expression {
    if (depth > MAX_DEPTH) fail(`nested deeper than ${MAX_DEPTH}`);
    const token = peek();
    if (!token) return fail("the expression ends too early");
    if (token.kind === "number") {
      at++;
      const value = Number(token.text);
      if (!Number.isFinite(value)) fail("number out of range", token);
      return { kind: "number", value };
    }
    if (token.kind === "(") {
      at++;
      const inner = comparison(depth + 1);
      expect(")", "')'");
      return inner;
    }
    if (token.kind === "operator" && token.text === "-") {
      at++;
      return { kind: "negate", operand: primary(depth + 1) };
    }
    if (token.kind === "name") {
      at++;
      if (peek()?.kind === "(") {
        if (!Object.hasOwn(FUNCTIONS, token.text)) {
          fail(`unknown function (functions: ${Object.keys(FUNCTIONS).join(", ")})`, token);
        }
        const name = token.text as FunctionName;
        at++;
        const args: Expression[] = [];
        if (peek()?.kind !== ")") {
          args.push(comparison(depth + 1));
          while (peek()?.kind === ",") {
            at++;
            args.push(comparison(depth + 1));
          }
        }
        expect(")", "')' or ','");
        const [least, most] = FUNCTIONS[name];
        if (args.length < least || args.length > most) {
          fail(
            `${name} takes ${least === most ? least : `${least} to ${most}`} arguments, not ${args.length}`,
            token,
          );
        }
        return { kind: "call", name, args };
      }
      if (!accepts(token.text)) fail(`unknown name (names: ${[...known!].join(", ")})`, token);
      return { kind: "name", name: token.text, position: token.position };
    }
    return fail("expected a number, a name or '('", token);
  }

  function binary(next: (depth: number) => Expression, operators: readonly string[]) {
    return (depth: number): Expression => {
      let left = next(depth);
      for (let token = peek(); token?.kind === "operator" && operators.includes(token.text); token = peek()) {
        at++;
        left = { kind: "binary", operator: token.text as "+", left, right: next(depth) };
      }
      return left;
    };
  }
  const multiplicative = binary(primary, ["*", "/"]);
  const additive = binary(multiplicative, ["+", "-"]);
  function comparison(depth: number): Expression {
    const left = additive(depth);
    const token = peek();
    if (token?.kind === "operator" && COMPARISONS.has(token.text)) {
      at++;
      const right = additive(depth);
      const next = peek();
      if (next?.kind === "operator" && COMPARISONS.has(next.text)) {
        fail("comparisons do not chain: use parentheses", next);
      }
      return { kind: "binary", operator: token.text as "<", left, right };
    }
    return left;
  }

  if (tokens.length === 0) fail("the expression is empty");
  const tree = comparison(0);
  if (at < tokens.length) fail("unexpected token");
  return tree;
}

/** The names an expression reads, in order of first use. */
export function expressionNames(tree: Expression): string[] {
  const out = new Set<string>();
  const walk = (e: Expression) => {
    if (e.kind === "name") out.add(e.name);
    else if (e.kind === "negate") walk(e.operand);
    else if (e.kind === "binary") {
      walk(e.left);
      walk(e.right);
    } else if (e.kind === "call") for (const a of e.args) walk(a);
  };
  walk(tree);
  return [...out];
}

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

/**
 * The expression's value for named quantities: null when a quantity it reads is null (undefined on the rows) or
 * when it divides by zero or overflows — never Infinity or NaN. Names `values` lacks read as null.
 */
export function evaluateExpression(
  tree: Expression,
  values: Readonly<Record<string, number | null | undefined>>,
): number | null {
  switch (tree.kind) {
    case "number":
      return tree.value;
    case "name": {
      const v = Object.hasOwn(values, tree.name) ? values[tree.name] : undefined;
      return typeof v === "number" && Number.isFinite(v) ? v : null;
    }
    case "negate": {
      const v = evaluateExpression(tree.operand, values);
      return v === null ? null : -v;
    }
    case "binary": {
      const a = evaluateExpression(tree.left, values);
      const b = evaluateExpression(tree.right, values);
      if (a === null || b === null) return null;
      switch (tree.operator) {
        case "+":
          return finite(a + b);
        case "-":
          return finite(a - b);
        case "*":
          return finite(a * b);
        case "/":
          return b === 0 ? null : finite(a / b);
        case "<":
          return a < b ? 1 : 0;
        case "<=":
          return a <= b ? 1 : 0;
        case ">":
          return a > b ? 1 : 0;
        case ">=":
          return a >= b ? 1 : 0;
        case "==":
          return a === b ? 1 : 0;
        case "!=":
          return a !== b ? 1 : 0;
      }
      return null;
    }
    case "call": {
      if (tree.name === "if") {
        const condition = evaluateExpression(tree.args[0]!, values);
        if (condition === null) return null;
        return evaluateExpression(tree.args[condition !== 0 ? 1 : 2]!, values);
      }
      const args = tree.args.map((a) => evaluateExpression(a, values));
      if (args.some((a) => a === null)) return null;
      const numbers = args as number[];
      if (tree.name === "abs") return Math.abs(numbers[0]!);
      return tree.name === "min" ? Math.min(...numbers) : Math.max(...numbers);
    }
  }
}
