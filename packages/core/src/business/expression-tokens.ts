import { expressionError } from "./expression-error.js";

export type TokenKind = "number" | "name" | "operator" | "(" | ")" | ",";

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** 0-based character offset in the expression. */
  readonly position: number;
}

const OPERATORS = ["<=", ">=", "==", "!=", "<", ">", "+", "-", "*", "/"] as const;
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_.]*/;

/** Splits an expression into numbers, names (letters, digits, `_` and `.`), operators and punctuation. */
export function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < expression.length) {
    const rest = expression.slice(at);
    const space = /^\s+/.exec(rest);
    if (space) {
      at += space[0].length;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ kind: "number", text: number[0], position: at });
      at += number[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ kind: "name", text: name[0], position: at });
      at += name[0].length;
      continue;
    }
    const operator = OPERATORS.find((op) => rest.startsWith(op));
    if (operator) {
      tokens.push({ kind: "operator", text: operator, position: at });
      at += operator.length;
      continue;
    }
    const c = rest[0]!;
    if (c === "(" || c === ")" || c === ",") {
      tokens.push({ kind: c, text: c, position: at });
      at += 1;
      continue;
    }
    throw expressionError(expression, at, "unexpected character", c);
  }
  return tokens;
}
