export type InputErrorCode =
  | "TELLTALE_MISSING_COLUMN"
  | "TELLTALE_COLUMN_MISMATCH"
  | "TELLTALE_TYPE_ERROR"
  | "TELLTALE_ALL_MISSING"
  | "TELLTALE_BAD_OPTION"
  | "TELLTALE_BAD_EXPRESSION";

/** Input that a report cannot be built from; the message names the file, column or row and what was expected. */
export class InputError extends Error {
  override readonly name = "InputError";
  constructor(
    readonly code: InputErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}
