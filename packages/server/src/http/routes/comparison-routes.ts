import { z } from "zod";
import { resolveVersion } from "../../analysis/window-params.js";
import { AppError } from "../../errors/app-error.js";
import type { Comparison } from "../../registry/comparison.js";
import type { Services } from "../../server/services.js";
import type { RouteTable } from "../route-table.js";
import { instant, modelName, modelParams } from "../schemas.js";

const iso = (ms: number) => new Date(ms).toISOString();
const WEEK_MS = 7 * 86_400_000;

export const comparisonToView = (c: Comparison) => ({
  id: c.id,
  model: c.model,
  candidate: c.candidate,
  baseline: c.baseline,
  window: { from: iso(c.window.from), to: iso(c.window.to) },
  trigger: c.trigger,
  status: c.status,
  error: c.error,
  createdAt: iso(c.createdAt),
  completedAt: c.completedAt === null ? null : iso(c.completedAt),
  ...(c.result ?? { benchmark: [], production: null, replay: null, replayNote: null }),
});

/** Comparisons of a new version with the current one: made when a retrained version registers, or by hand. */
export function comparisonRoutes(routes: RouteTable, services: Services): void {
  const { store } = services;
  routes.add(
    {
      method: "GET",
      url: "/api/v1/models/:model/comparisons",
      tag: "feedback loop",
      summary: "A model's version comparisons, newest first (those an alert led to with `alert`)",
      access: "admin",
      params: modelParams,
      query: z.object({
        alert: z
          .string()
          .min(1)
          .max(64)
          .optional()
          .describe("only comparisons a retrain for this alert led to"),
        candidate: z.string().min(1).max(128).optional().describe("only comparisons of this new version"),
      }),
      errors: [404],
    },
    async ({ params, query }) => {
      const found = await services.comparisons.list(params.model, {
        ...(query.alert !== undefined ? { alertId: query.alert } : {}),
      });
      return {
        comparisons: found
          .filter((c) => query.candidate === undefined || c.candidate === query.candidate)
          .map(comparisonToView),
      };
    },
  );
  routes.add(
    {
      method: "GET",
      url: "/api/v1/models/:model/comparisons/:id",
      tag: "feedback loop",
      summary: "One comparison: benchmarks, the baseline's production metrics and the candidate's replay",
      description:
        "`status` is pending while it is computed, then done or failed (`error`). `benchmark` lists the offline metrics both versions registered; `production` the baseline's logged predictions in the window (labelled rows); `replay` the window's labelled rows (any version, at most 50,000, a seeded sample beyond) through the candidate's endpoint beside the predictions served on the same rows, with business metrics; `replayNote` says why there is no replay.",
      access: "admin",
      params: z.object({ model: modelName, id: z.string().min(1).max(64) }),
      errors: [404],
    },
    async ({ params }) => comparisonToView(await services.comparisons.get(params.model, params.id)),
  );
  routes.add(
    {
      method: "POST",
      url: "/api/v1/models/:model/comparisons",
      tag: "feedback loop",
      summary: "Compare a version with another on a window, as a retrained version's registration does",
      access: "admin",
      params: modelParams,
      body: z.strictObject({
        candidate: z.string().min(1).max(128),
        baseline: z.string().min(1).max(128).default("champion").describe("a version or alias"),
        from: instant.optional().describe("default: `to` − 7 days"),
        to: instant.optional().describe("default: now"),
      }),
      status: 202,
      errors: [400, 404],
    },
    async ({ params, body }) => {
      const candidate = await resolveVersion(store, params.model, body.candidate);
      const baseline = await resolveVersion(store, params.model, body.baseline);
      if (candidate === baseline) {
        throw new AppError("TELLTALE_VALIDATION", `candidate and baseline are both '${candidate}'`);
      }
      const to = body.to ?? services.now();
      const from = body.from ?? to - WEEK_MS;
      if (from >= to) throw new AppError("TELLTALE_VALIDATION", "body.from must be before body.to");
      const started = await services.comparator.start({
        model: params.model,
        candidate,
        baseline,
        window: { from, to },
        trigger: null,
      });
      return comparisonToView(started);
    },
  );
}
