/** Stable error codes: the CLI maps every one to exit code 2, the HTTP layer to a 4xx status. */
export type AppErrorCode =
  | "TELLTALE_BAD_INPUT"
  | "TELLTALE_FILE_NOT_FOUND"
  | "TELLTALE_EMPTY_FILE"
  | "TELLTALE_UNSUPPORTED_FORMAT"
  | "TELLTALE_MISSING_COLUMN"
  | "TELLTALE_COLUMN_MISMATCH"
  | "TELLTALE_TYPE_ERROR"
  | "TELLTALE_ALL_MISSING"
  | "TELLTALE_BAD_FLAG";

export class AppError extends Error {
  override readonly name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}
