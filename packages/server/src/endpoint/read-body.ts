/** Thrown by `readBody` when a body outgrows its cap; the caller turns it into its own error. */
export class BodyTooLargeError extends Error {
  override readonly name = "BodyTooLargeError";
  constructor(readonly limitBytes: number) {
    super(`the body is larger than ${limitBytes} bytes`);
  }
}

/**
 * Reads a fetch response's body as UTF-8 text, at most `limitBytes`: beyond it, `truncate` keeps the first
 * `limitBytes` and stops reading, otherwise it throws BodyTooLargeError; either way the rest is never buffered.
 */
export async function readBody(response: Response, limitBytes: number, truncate = false): Promise<string> {
  const declared = Number(response.headers.get("content-length"));
  if (!truncate && Number.isFinite(declared) && declared > limitBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new BodyTooLargeError(limitBytes);
  }
  if (response.body === null) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (size + value.byteLength > limitBytes) {
        if (!truncate) throw new BodyTooLargeError(limitBytes);
        chunks.push(value.subarray(0, limitBytes - size));
        size = limitBytes;
        break;
      }
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    // Releases the connection when we stopped early; a no-op once the stream is done.
    await reader.cancel().catch(() => undefined);
  }
  return new TextDecoder().decode(Buffer.concat(chunks, size));
}
