import { z } from "zod";
import type { Services } from "../../server/services.js";
import { openApiDocument } from "../openapi-document.js";
import type { RouteTable } from "../route-table.js";

export function systemRoutes(routes: RouteTable, services: Services): void {
  routes.add(
    {
      method: "GET",
      url: "/healthz",
      tag: "system",
      summary: "Liveness: 200 while the server accepts requests",
      access: "none",
      response: z.object({ status: z.literal("ok"), version: z.string() }),
    },
    async () => ({ status: "ok" as const, version: services.version }),
  );
  routes.add(
    {
      method: "GET",
      url: "/metrics",
      tag: "system",
      summary: "Prometheus metrics: server internals and, per model and version, the latest hour's health",
      access: "none",
      responseContentType: "text/plain; version=0.0.4",
    },
    async ({ reply }) => {
      reply.type(services.metrics.registry.contentType);
      return services.metrics.registry.metrics();
    },
  );
  routes.add(
    {
      method: "GET",
      url: "/api/v1/openapi.json",
      tag: "system",
      summary: "This document",
      access: "none",
    },
    async () => openApiDocument(routes.specs, services.version),
  );
}
