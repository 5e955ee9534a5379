import type { InputErrorCode } from "@telltale/core";
import type { AppErrorCode } from "../errors/app-error.js";

/** The one map from error codes to HTTP statuses. Bad input is always 4xx; only our own faults answer 500. */
const STATUS: Record<AppErrorCode | InputErrorCode, number> = {
  TELLTALE_BAD_INPUT: 400,
  TELLTALE_VALIDATION: 400,
  TELLTALE_BAD_FLAG: 400,
  TELLTALE_BAD_CONFIG: 400,
  TELLTALE_EMPTY_FILE: 422,
  TELLTALE_FILE_NOT_FOUND: 404,
  TELLTALE_UNSUPPORTED_FORMAT: 415,
  TELLTALE_UNSUPPORTED_MEDIA_TYPE: 415,
  TELLTALE_MISSING_COLUMN: 422,
  TELLTALE_COLUMN_MISMATCH: 422,
  TELLTALE_TYPE_ERROR: 422,
  TELLTALE_ALL_MISSING: 422,
  TELLTALE_BAD_OPTION: 422,
  TELLTALE_BAD_EXPRESSION: 400,
  TELLTALE_UNPROCESSABLE: 422,
  TELLTALE_NO_REFERENCE: 409,
  TELLTALE_UNAUTHORIZED: 401,
  TELLTALE_FORBIDDEN: 403,
  TELLTALE_NOT_FOUND: 404,
  TELLTALE_UNKNOWN_MODEL: 404,
  TELLTALE_UNKNOWN_VERSION: 404,
  TELLTALE_CONFLICT: 409,
  TELLTALE_PAYLOAD_TOO_LARGE: 413,
  TELLTALE_SHUTTING_DOWN: 503,
  // A version without a prediction endpoint cannot have attributions computed: a state conflict, not bad input.
  TELLTALE_NO_ENDPOINT: 409,
  // The model's own endpoint failed, not Telltale: gateway statuses.
  TELLTALE_ENDPOINT_UNREACHABLE: 502,
  TELLTALE_ENDPOINT_BAD_RESPONSE: 502,
  TELLTALE_ENDPOINT_TIMEOUT: 504,
  // A signed URL that was altered or has expired grants nothing: refused as a forbidden call, not a missing key.
  TELLTALE_BAD_SIGNATURE: 403,
  TELLTALE_URL_EXPIRED: 403,
};

export function statusOfCode(code: string): number | undefined {
  return (STATUS as Record<string, number>)[code];
}
