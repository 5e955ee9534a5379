import { InputError } from "../errors.js";

/** A business-metric expression that cannot be read or evaluated: the message points at the offending token. */
export function expressionError(
  expression: string,
  position: number,
  why: string,
  token?: string,
): InputError {
  const at = token === undefined ? `at ${position}` : `'${token}' at ${position}`;
  return new InputError("TELLTALE_BAD_EXPRESSION", `expression '${expression}': ${why} (${at})`, {
    expression,
    position,
    ...(token !== undefined ? { token } : {}),
  });
}
