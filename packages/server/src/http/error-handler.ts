import { InputError } from "@telltale/core";
import type { FastifyError, FastifyInstance } from "fastify";
import { AppError } from "../errors/app-error.js";
import { statusOfCode } from "./error-status.js";

interface Mapped {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** Fastify's own request errors, mapped onto our codes so clients see one error shape. */
const FASTIFY_CODES: Record<string, { status: number; code: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: "TELLTALE_PAYLOAD_TOO_LARGE" },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: "TELLTALE_UNSUPPORTED_MEDIA_TYPE" },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: "TELLTALE_BAD_INPUT" },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: "TELLTALE_BAD_INPUT" },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: "TELLTALE_BAD_INPUT" },
};

export function mapError(error: unknown): Mapped | undefined {
  if (error instanceof AppError || error instanceof InputError) {
    const status = statusOfCode(error.code) ?? 400;
    return { status, code: error.code, message: error.message, details: error.details };
  }
  const fastify = error as Partial<FastifyError>;
  const known = fastify.code ? FASTIFY_CODES[fastify.code] : undefined;
  if (known) return { ...known, message: fastify.message ?? known.code };
  if (
    error instanceof SyntaxError ||
    (fastify.statusCode !== undefined && fastify.statusCode >= 400 && fastify.statusCode < 500)
  ) {
    return {
      status: fastify.statusCode && fastify.statusCode < 500 ? fastify.statusCode : 400,
      code: "TELLTALE_BAD_INPUT",
      message: (error as Error).message,
    };
  }
  return undefined;
}

/** The one place errors become HTTP answers: `{error: {code, message, details}}`; only our own faults are 500. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const mapped = mapError(error);
    if (mapped) {
      request.log.info({ code: mapped.code, status: mapped.status }, mapped.message);
      return reply
        .status(mapped.status)
        .send({ error: { code: mapped.code, message: mapped.message, details: mapped.details ?? {} } });
    }
    request.log.error({ err: error }, "request failed");
    return reply.status(500).send({
      error: {
        code: "TELLTALE_INTERNAL",
        message: "internal error; the server log has the cause",
        details: {},
      },
    });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: {
        code: "TELLTALE_NOT_FOUND",
        message: `no route ${request.method} ${request.url}`,
        details: {},
      },
    }),
  );
}
