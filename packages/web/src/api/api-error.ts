/** An API answer outside 2xx, carrying the server's `{error: {code, message, details}}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Reads an error body; a proxy's HTML page or an empty body still gives a readable message. */
export async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => "");
  try {
    const body = JSON.parse(text) as {
      error?: { code?: string; message?: string; details?: Record<string, unknown> };
    };
    if (body.error?.message) {
      return new ApiError(
        response.status,
        body.error.code ?? "UNKNOWN",
        body.error.message,
        body.error.details,
      );
    }
  } catch {
    // not JSON: fall through
  }
  return new ApiError(response.status, "HTTP_ERROR", `${response.status} ${response.statusText || "error"}`);
}
