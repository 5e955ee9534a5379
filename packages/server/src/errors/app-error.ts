/** Stable error codes: the CLI maps every one to exit code 2, the HTTP layer to a status (http/error-status.ts). */
export type AppErrorCode =
  | "TELLTALE_BAD_INPUT"
  | "TELLTALE_FILE_NOT_FOUND"
  | "TELLTALE_EMPTY_FILE"
  | "TELLTALE_UNSUPPORTED_FORMAT"
  | "TELLTALE_MISSING_COLUMN"
  | "TELLTALE_COLUMN_MISMATCH"
  | "TELLTALE_TYPE_ERROR"
  | "TELLTALE_ALL_MISSING"
  | "TELLTALE_BAD_FLAG"
  | "TELLTALE_BAD_CONFIG"
  | "TELLTALE_VALIDATION"
  | "TELLTALE_UNAUTHORIZED"
  | "TELLTALE_FORBIDDEN"
  | "TELLTALE_NOT_FOUND"
  | "TELLTALE_UNKNOWN_MODEL"
  | "TELLTALE_UNKNOWN_VERSION"
  | "TELLTALE_NO_REFERENCE"
  | "TELLTALE_CONFLICT"
  | "TELLTALE_PAYLOAD_TOO_LARGE"
  | "TELLTALE_UNSUPPORTED_MEDIA_TYPE"
  | "TELLTALE_UNPROCESSABLE"
  | "TELLTALE_SHUTTING_DOWN"
  | "TELLTALE_NO_ENDPOINT"
  | "TELLTALE_ENDPOINT_UNREACHABLE"
  | "TELLTALE_ENDPOINT_TIMEOUT"
  | "TELLTALE_ENDPOINT_BAD_RESPONSE"
  | "TELLTALE_BAD_SIGNATURE"
  | "TELLTALE_URL_EXPIRED";

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
