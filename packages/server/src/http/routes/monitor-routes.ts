import { parseSeriesMetric } from "@telltale/core";
import { z } from "zod";
import { modelSpec } from "../../analysis/model-spec.js";
import { resolveVersion } from "../../analysis/window-params.js";
import { AppError } from "../../errors/app-error.js";
import { parseDuration } from "../../monitors/duration.js";
import { evaluateMonitor } from "../../monitors/evaluate-monitor.js";
import type { MonitorEvaluation } from "../../monitors/monitor-evaluation.js";
import {
  type Monitor,
  monitorPatchSchema,
  type NewMonitor,
  newMonitorSchema,
} from "../../monitors/monitor-spec.js";
import type { Services } from "../../server/services.js";
import type { RouteTable } from "../route-table.js";
import { instant, modelName } from "../schemas.js";

const monitorParams = z.object({ model: modelName, id: z.string().min(1).max(64) });

/** At most this many windows of history for anomaly and change-point conditions. */
const MAX_HISTORY_POINTS = 5000;

const iso = (ms: number) => new Date(ms).toISOString();

const monitorView = (m: Monitor) => ({
  ...m,
  createdAt: iso(m.createdAt),
  updatedAt: iso(m.updatedAt),
});

const evaluationView = (e: MonitorEvaluation) => ({ ...e, at: iso(e.at), from: iso(e.from) });

const monitorResponse = z.object({ id: z.string(), model: z.string() }).passthrough();
const evaluationResponse = z
  .object({
    at: z.string(),
    from: z.string(),
    value: z.number().nullable(),
    count: z.number(),
    status: z.enum(["ok", "breach", "nodata", "insufficient"]),
    reason: z.string(),
  })
  .passthrough();

/** Checks what zod cannot: the metric, version and segment against the model, and the history's size. */
export async function checkMonitor(services: Services, model: string, m: NewMonitor): Promise<void> {
  const owner = services.store.model(model);
  parseSeriesMetric(m.metric, modelSpec(owner));
  if (m.version !== null) await resolveVersion(services.store, model, m.version);
  if (m.segment !== null) {
    const column = m.segment.slice(0, m.segment.indexOf(":"));
    if (!owner.segments.includes(column)) {
      throw new AppError(
        "TELLTALE_VALIDATION",
        `segment: '${column}' is not a segment of '${model}' (segments: ${owner.segments.join(", ") || "none"})`,
        { segments: owner.segments },
      );
    }
  }
  const unknown = await services.channels.missing(m.channels);
  if (unknown.length > 0) {
    throw new AppError("TELLTALE_VALIDATION", `channels: no channel '${unknown.join("', '")}'`, {
      channels: unknown,
    });
  }
  const actions = new Set((await services.actions.list(model)).map((a) => a.id));
  const unknownActions = m.actions.filter((id) => !actions.has(id));
  if (unknownActions.length > 0) {
    throw new AppError(
      "TELLTALE_VALIDATION",
      `actions: '${model}' has no action '${unknownActions.join("', '")}'`,
      {
        actions: unknownActions,
      },
    );
  }
  if (m.condition.type === "anomaly" || m.condition.type === "changepoint") {
    const points = Math.floor(parseDuration(m.condition.history)! / parseDuration(m.window)!);
    if (points < 8 || points > MAX_HISTORY_POINTS) {
      throw new AppError(
        "TELLTALE_VALIDATION",
        `condition.history holds ${points} windows of ${m.window}; between 8 and ${MAX_HISTORY_POINTS} are needed`,
        { points },
      );
    }
  }
}

/** Monitors: a metric of the time series, a window, a condition; evaluated on a schedule or on demand. */
export function monitorRoutes(routes: RouteTable, services: Services): void {
  const { monitors } = services;
  routes.add(
    {
      method: "POST",
      url: "/api/v1/models/:model/monitors",
      tag: "monitors",
      summary: "Create a monitor",
      access: "admin",
      params: z.object({ model: modelName }),
      body: newMonitorSchema,
      response: monitorResponse,
      status: 201,
      errors: [400, 404, 422],
    },
    async ({ params, body, caller }) => {
      await checkMonitor(services, params.model, body);
      return monitorView(await monitors.create(params.model, body, caller.keyId, services.now()));
    },
  );
  routes.add(
    {
      method: "GET",
      url: "/api/v1/models/:model/monitors",
      tag: "monitors",
      summary: "List a model's monitors",
      access: "admin",
      params: z.object({ model: modelName }),
      response: z.object({ monitors: z.array(monitorResponse) }),
      errors: [404],
    },
    async ({ params }) => ({ monitors: (await monitors.list(params.model)).map(monitorView) }),
  );
  routes.add(
    {
      method: "GET",
      url: "/api/v1/models/:model/monitors/:id",
      tag: "monitors",
      summary: "One monitor",
      access: "admin",
      params: monitorParams,
      response: monitorResponse,
      errors: [404],
    },
    async ({ params }) => monitorView(await monitors.get(params.model, params.id)),
  );
  routes.add(
    {
      method: "PATCH",
      url: "/api/v1/models/:model/monitors/:id",
      tag: "monitors",
      summary: "Change some of a monitor's fields",
      access: "admin",
      params: monitorParams,
      body: monitorPatchSchema,
      response: monitorResponse,
      errors: [400, 404, 422],
    },
    async ({ params, body }) =>
      monitorView(
        await monitors.update(params.model, params.id, body, services.now(), (merged) =>
          checkMonitor(services, params.model, merged),
        ),
      ),
  );
  routes.add(
    {
      method: "DELETE",
      url: "/api/v1/models/:model/monitors/:id",
      tag: "monitors",
      summary: "Delete a monitor and its history",
      access: "admin",
      params: monitorParams,
      status: 204,
      errors: [404],
    },
    async ({ params }) => {
      await monitors.delete(params.model, params.id);
      return undefined;
    },
  );
  routes.add(
    {
      method: "POST",
      url: "/api/v1/models/:model/monitors/:id/evaluate",
      tag: "monitors",
      summary: "Evaluate a monitor once, now or at a past instant (a backtest); nothing is stored",
      access: "admin",
      params: monitorParams,
      query: z.object({ at: instant.optional().describe("the end of the evaluated window; default now") }),
      response: evaluationResponse,
      errors: [404, 409, 422],
    },
    async ({ params, query }) => {
      const monitor = await monitors.get(params.model, params.id);
      return evaluationView(await evaluateMonitor(services, monitor, query.at ?? services.now()));
    },
  );
  routes.add(
    {
      method: "GET",
      url: "/api/v1/models/:model/monitors/:id/history",
      tag: "monitors",
      summary: "The monitor's scheduled evaluations, newest first",
      access: "admin",
      params: monitorParams,
      query: z.object({ limit: z.coerce.number().int().min(1).max(10_000).default(100) }),
      response: z.object({ evaluations: z.array(evaluationResponse) }),
      errors: [404],
    },
    async ({ params, query }) => {
      const monitor = await monitors.get(params.model, params.id);
      return { evaluations: (await monitors.history(monitor, query.limit)).map(evaluationView) };
    },
  );
}
