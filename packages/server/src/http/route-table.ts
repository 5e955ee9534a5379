import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { Caller } from "../auth/key-ring.js";
import { AppError } from "../errors/app-error.js";

/**
 * `none`: no key (health, metrics); `ingest`: ingest or admin keys; `admin`: admin keys only; `signed`: admin keys,
 * or no key at all on a URL the server signed (`expires` and `signature` in the query), e.g. an export handed to
 * a training pipeline.
 */
export type Access = "none" | "ingest" | "admin" | "signed";

export interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Fastify path syntax (`/api/v1/models/:model`). */
  readonly url: string;
  readonly summary: string;
  readonly description?: string;
  readonly tag: string;
  readonly access: Access;
  readonly params?: P;
  readonly query?: Q;
  /** A JSON body's schema; routes with other content types describe them in `requestBody`. */
  readonly body?: B;
  /** Non-JSON bodies for the OpenAPI document: content type → description. */
  readonly requestBody?: Readonly<Record<string, string>>;
  readonly response?: z.ZodType;
  /** Status of a successful answer; 200 unless given. */
  readonly status?: number;
  readonly responseContentType?: string;
  /** Error statuses this route can answer, for the document. */
  readonly errors?: readonly number[];
}

export interface RouteContext<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly caller: Caller;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

export type AnyRouteSpec = RouteSpec<z.ZodType, z.ZodType, z.ZodType>;

/** Checks a part of the request against its schema; the first problem becomes a 400 that names the field. */
export function parsePart<T extends z.ZodType>(schema: T, value: unknown, part: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: [part, ...i.path].join("."), message: i.message }));
  const first = issues[0]!;
  throw new AppError("TELLTALE_VALIDATION", `${first.path}: ${first.message}`, { issues });
}

/** Every route is declared here once: validation, access and the OpenAPI document come from the same spec. */
export class RouteTable {
  readonly specs: AnyRouteSpec[] = [];

  constructor(
    private readonly app: FastifyInstance,
    private readonly authenticate: (request: FastifyRequest) => Caller,
    /** Checks a signed URL; throws AppError when it was altered or has expired. */
    private readonly verifySigned: (request: FastifyRequest) => Caller = () => {
      throw new AppError("TELLTALE_BAD_SIGNATURE", "this server signs no URLs");
    },
  ) {}

  /** Runs before the server stops accepting: for routes that hold connections open (SSE). */
  onClose(hook: () => void): void {
    this.app.addHook("preClose", async () => hook());
  }

  add<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
    spec: RouteSpec<P, Q, B>,
    handler: (context: RouteContext<z.infer<P>, z.infer<Q>, z.infer<B>>) => Promise<unknown>,
  ): void {
    this.specs.push(spec as unknown as AnyRouteSpec);
    this.app.route({
      method: spec.method,
      url: spec.url,
      handler: async (request, reply) => {
        let caller: Caller = { keyId: "anonymous", scope: "ingest" };
        const signed =
          spec.access === "signed" &&
          (request.query as Record<string, unknown> | undefined)?.signature !== undefined;
        if (signed) caller = this.verifySigned(request);
        else if (spec.access !== "none") {
          caller = this.authenticate(request);
          if ((spec.access === "admin" || spec.access === "signed") && caller.scope !== "admin") {
            throw new AppError(
              "TELLTALE_FORBIDDEN",
              `this call needs an admin key; key '${caller.keyId}' has scope '${caller.scope}'`,
            );
          }
        }
        const params = spec.params ? parsePart(spec.params, request.params, "path") : request.params;
        const query = spec.query ? parsePart(spec.query, request.query, "query") : request.query;
        const body = spec.body ? parsePart(spec.body, request.body, "body") : request.body;
        const result = await handler({ params, query, body, caller, request, reply } as RouteContext<
          z.infer<P>,
          z.infer<Q>,
          z.infer<B>
        >);
        if (reply.sent) return reply;
        reply.status(spec.status ?? 200);
        if (spec.responseContentType) reply.type(spec.responseContentType);
        return result ?? null;
      },
    });
  }
}
