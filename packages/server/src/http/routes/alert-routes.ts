import { z } from "zod";
import type { Services } from "../../server/services.js";
import type { RouteTable } from "../route-table.js";
import { modelName } from "../schemas.js";

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const alertView = z
  .object({
    id: z.string(),
    model: z.string(),
    monitorId: z.string(),
    fingerprint: z.string(),
    state: z.enum(["pending", "firing", "resolved", "ok"]),
    startedAt: z.string(),
    firingAt: z.string().nullable(),
    resolvedAt: z.string().nullable(),
    value: z.number().nullable(),
    reason: z.string(),
    silencedBy: z.string().nullable(),
    timeline: z.array(
      z.object({ at: z.string(), state: z.string(), value: z.number().nullable(), reason: z.string() }),
    ),
  })
  .passthrough();

/** Alerts: episodes of monitors' conditions with their timelines. */
export function alertRoutes(routes: RouteTable, services: Services): void {
  routes.add(
    {
      method: "GET",
      url: "/api/v1/alerts",
      tag: "alerts",
      summary:
        "Alerts, most recently changed first, each with its timeline and the comparisons its retraining led to",
      access: "admin",
      query: z.object({
        state: z
          .enum(["pending", "firing", "resolved", "ok"])
          .optional()
          .describe("only alerts in this state"),
        model: modelName.optional(),
        limit: z.coerce.number().int().min(1).max(1000).default(100),
      }),
      response: z.object({ alerts: z.array(alertView) }),
      errors: [400, 404],
    },
    async ({ query }) => {
      const alerts = await services.alerts.list({
        ...(query.model !== undefined ? { model: query.model } : {}),
        ...(query.state !== undefined ? { state: query.state } : {}),
        limit: query.limit,
      });
      // The comparisons a retrain for each alert led to, so the loop closes where the alert is read.
      const linked = new Map<string, { id: string; candidate: string; baseline: string; status: string }[]>();
      for (const model of new Set(alerts.map((a) => a.model))) {
        for (const c of await services.comparisons.list(model)) {
          const alertId = c.trigger?.alertId;
          if (!alertId) continue;
          const list = linked.get(alertId) ?? [];
          list.push({ id: c.id, candidate: c.candidate, baseline: c.baseline, status: c.status });
          linked.set(alertId, list);
        }
      }
      return {
        alerts: alerts.map((a) => ({
          ...a,
          comparisons: linked.get(a.id) ?? [],
          startedAt: iso(a.startedAt)!,
          firingAt: iso(a.firingAt),
          resolvedAt: iso(a.resolvedAt),
          updatedAt: iso(a.updatedAt),
          timeline: a.timeline.map((e) => ({ ...e, at: iso(e.at)! })),
        })),
      };
    },
  );
}
