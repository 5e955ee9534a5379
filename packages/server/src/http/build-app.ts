import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from "fastify";
import type { Services } from "../server/services.js";
import { installErrorHandler } from "./error-handler.js";
import { RouteTable } from "./route-table.js";
import { actionRoutes } from "./routes/action-routes.js";
import { alertRoutes } from "./routes/alert-routes.js";
import { aliasRoutes } from "./routes/alias-routes.js";
import { businessRoutes } from "./routes/business-routes.js";
import { channelRoutes } from "./routes/channel-routes.js";
import { comparisonRoutes } from "./routes/comparison-routes.js";
import { eventRoutes } from "./routes/event-routes.js";
import { ingestRoutes } from "./routes/ingest-routes.js";
import { keyRoutes } from "./routes/key-routes.js";
import { modelRoutes } from "./routes/model-routes.js";
import { monitorRoutes } from "./routes/monitor-routes.js";
import { silenceRoutes } from "./routes/silence-routes.js";
import { systemRoutes } from "./routes/system-routes.js";
import { versionRoutes } from "./routes/version-routes.js";
import { serveDashboard } from "./web-assets.js";

export const BODY_LIMIT = 16 * 1024 * 1024;

const TEXT_TYPES = ["application/x-ndjson", "application/jsonl", "application/x-jsonlines"];
const BINARY_TYPES = [
  "text/csv",
  "application/csv",
  "application/vnd.apache.parquet",
  "application/x-parquet",
  "application/octet-stream",
];

export interface AppOptions {
  /** Extra routes (analysis) registered by the composition root. */
  readonly extraRoutes?: readonly ((routes: RouteTable, services: Services) => void)[];
  /** SSE heartbeat period; 15 s unless a test needs it shorter. */
  readonly heartbeatMs?: number;
  /** The built dashboard's directory, served at `/`; without it `/` says how to build it. */
  readonly webDist?: string;
}

/** The HTTP API over the given services; no I/O of its own beyond the socket. */
export function buildApp(services: Services, options: AppOptions = {}): FastifyInstance {
  const app = Fastify({
    loggerInstance: services.logger as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT,
    // Per-request lines would dominate the log at ingest rates; metrics count requests, errors are logged.
    logController: new LogController({ disableRequestLogging: true }),
    return503OnClosing: true,
  });
  installErrorHandler(app);
  app.addContentTypeParser(TEXT_TYPES, { parseAs: "string" }, (_request, body, done) => done(null, body));
  app.addContentTypeParser(BINARY_TYPES, { parseAs: "buffer" }, (_request, body, done) => done(null, body));
  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "unmatched";
    services.metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    services.metrics.requestSeconds.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    if (reply.statusCode >= 500)
      request.log.warn({ route, status: reply.statusCode }, "request answered 5xx");
  });
  const routes = new RouteTable(
    app,
    (request) => services.keys.authenticate(request.headers.authorization),
    (request) => {
      services.signer.verify(request.url, services.now());
      return { keyId: "signed-url", scope: "admin" };
    },
  );
  systemRoutes(routes, services);
  keyRoutes(routes, services);
  modelRoutes(routes, services);
  versionRoutes(routes, services);
  aliasRoutes(routes, services);
  ingestRoutes(routes, services);
  eventRoutes(routes, services, options.heartbeatMs);
  monitorRoutes(routes, services);
  alertRoutes(routes, services);
  silenceRoutes(routes, services);
  channelRoutes(routes, services);
  actionRoutes(routes, services);
  comparisonRoutes(routes, services);
  businessRoutes(routes, services);
  for (const add of options.extraRoutes ?? []) add(routes, services);
  serveDashboard(app, options.webDist);
  return app;
}
