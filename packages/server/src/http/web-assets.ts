import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Where the built dashboard lives: `@telltale/web`'s `dist`, or undefined when it was never built. */
export function findWebDist(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const dist = join(dirname(require.resolve("@telltale/web/package.json")), "dist");
    return existsSync(join(dist, "index.html")) ? dist : undefined;
  } catch {
    return undefined;
  }
}

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Telltale</title>
<p>The dashboard has not been built. Run <code>npm run build</code> in the Telltale checkout; the API is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p>`;

/** True for paths the dashboard's client-side router owns: everything outside the API and the system routes. */
export function isDashboardPath(path: string): boolean {
  return !/^\/(api|metrics|healthz)(\/|$|\?)/.test(path);
}

/**
 * Serves the dashboard at `/`: hashed assets are cached for a year, and any other non-API GET answers with
 * index.html so a link to a view (`/models/x/drift?feature=age`) opens it.
 */
export function serveDashboard(app: FastifyInstance, dist: string | undefined): void {
  if (dist === undefined) {
    app.get("/", async (_request, reply) =>
      reply.type("text/html; charset=utf-8").status(503).send(NOT_BUILT),
    );
    return;
  }
  void app.register(fastifyStatic, {
    root: dist,
    wildcard: false,
    index: false,
    setHeaders: (response, path) => {
      response.header(
        "cache-control",
        path.includes(join("assets", "")) ? "public, max-age=31536000, immutable" : "no-cache",
      );
    },
  });
  app.get("/", async (_request, reply) => {
    reply.header("cache-control", "no-cache");
    return reply.type("text/html; charset=utf-8").sendFile("index.html");
  });
  app.get("/assets/*", async (request, reply) => {
    const path = (request.params as { "*": string })["*"];
    return reply.sendFile(join("assets", path));
  });
  app.get("/*", async (request, reply) => {
    if (!isDashboardPath(request.url)) {
      return reply.status(404).send({
        error: { code: "TELLTALE_NOT_FOUND", message: `no route GET ${request.url}`, details: {} },
      });
    }
    const file = (request.params as { "*": string })["*"];
    if (/^[\w.-]+\.(svg|ico|png|txt|webmanifest)$/.test(file) && existsSync(join(dist, file))) {
      return reply.sendFile(file);
    }
    reply.header("cache-control", "no-cache");
    return reply.type("text/html; charset=utf-8").sendFile("index.html");
  });
}
