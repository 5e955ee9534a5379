import { z } from "zod";
import { AppError } from "../errors/app-error.js";
import type { RouteTable } from "../http/route-table.js";
import { checkMonitor } from "../http/routes/monitor-routes.js";
import { instant, modelName } from "../http/schemas.js";
import type { Services } from "../server/services.js";
import { formatDuration } from "./duration.js";
import { type Monitor, newMonitorSchema } from "./monitor-spec.js";
import { type Backtest, runBacktest } from "./run-backtest.js";

const DAY = 86_400_000;
/** The default range, ending now. */
const DEFAULT_SPAN_MS = 7 * DAY;
/** The longest range: past it the step would say little about how the monitor behaves. */
const MAX_SPAN_MS = 366 * DAY;

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

const range = {
  from: instant.optional().describe("start of the range (ISO 8601 or epoch ms); default `to` − 7 days"),
  to: instant.optional().describe("end of the range; default now"),
};

const backtestResponse = z.object({
  from: z.string(),
  to: z.string(),
  step: z.string().describe("time between evaluations: the monitor's `every`, enlarged to stay within 500"),
  evaluations: z.number().int(),
  points: z.array(
    z.object({
      at: z.string(),
      value: z.number().nullable(),
      count: z.number(),
      status: z.enum(["ok", "breach", "nodata", "insufficient"]),
      state: z.enum(["ok", "pending", "firing", "resolved"]),
      breached: z.boolean(),
      reason: z.string(),
      compared: z.number().nullable(),
      lower: z.number().nullable(),
      upper: z.number().nullable(),
    }),
  ),
  alerts: z.array(
    z.object({
      state: z.enum(["pending", "firing", "resolved", "ok"]),
      startedAt: z.string(),
      firingAt: z.string().nullable(),
      resolvedAt: z.string().nullable(),
      endedAt: z.string().nullable(),
      peak: z.number().nullable(),
    }),
  ),
  condition: z.object({ type: z.string() }).passthrough(),
});

const DESCRIPTION =
  "Evaluates the monitor as the scheduler would at from + step, from + 2·step, … ≤ to (step: the monitor's " +
  "`every`, enlarged to a multiple of it so that there are at most 500 evaluations), feeds the evaluations " +
  "through the alert state machine with the monitor's `for`, `keepFiringFor` and `noData`, starting from no " +
  "alert, and lists each point's value and alert state and the alerts it would have raised. Anomaly and " +
  "change-point conditions read the history before each instant, as live evaluation does; a version alias is " +
  "followed as it points now. Nothing is stored, notified or run.";

/** The range asked for, with its defaults; 400 for an empty or too long one. */
function rangeOf(query: { from?: number | undefined; to?: number | undefined }, now: number) {
  const to = query.to ?? now;
  const from = query.from ?? to - DEFAULT_SPAN_MS;
  if (from >= to || to - from > MAX_SPAN_MS) {
    throw new AppError("TELLTALE_VALIDATION", "the range needs from < to, at most 366 days apart", {
      from: iso(from),
      to: iso(to),
    });
  }
  return { from, to };
}

const backtestView = (monitor: Monitor, b: Backtest) => ({
  from: iso(b.from),
  to: iso(b.to),
  step: formatDuration(b.stepMs),
  evaluations: b.points.length,
  points: b.points.map((p) => ({ ...p, at: iso(p.at) })),
  alerts: b.alerts.map((a) => ({
    ...a,
    startedAt: iso(a.startedAt),
    firingAt: isoOrNull(a.firingAt),
    resolvedAt: isoOrNull(a.resolvedAt),
    endedAt: isoOrNull(a.endedAt),
  })),
  condition: monitor.condition,
});

/** Backtests: a monitor replayed over a past range, with the alerts it would have raised. */
export function backtestRoutes(routes: RouteTable, services: Services): void {
  routes.add(
    {
      method: "POST",
      url: "/api/v1/models/:model/monitors/backtest",
      tag: "monitors",
      summary: "Backtest a monitor before saving it: its evaluations and would-be alerts over a past range",
      description: DESCRIPTION,
      access: "admin",
      params: z.object({ model: modelName }),
      body: z.strictObject({
        monitor: newMonitorSchema.describe("the body that creates a monitor"),
        ...range,
      }),
      response: backtestResponse,
      errors: [400, 404, 422],
    },
    async ({ params, body, caller }) => {
      await checkMonitor(services, params.model, body.monitor);
      const now = services.now();
      const { from, to } = rangeOf(body, now);
      const monitor: Monitor = {
        ...body.monitor,
        id: "backtest",
        model: params.model,
        createdAt: now,
        updatedAt: now,
        createdBy: caller.keyId,
      };
      return backtestView(monitor, await runBacktest(services, monitor, from, to));
    },
  );
  routes.add(
    {
      method: "GET",
      url: "/api/v1/models/:model/monitors/:id/backtest",
      tag: "monitors",
      summary: "Backtest a saved monitor: its evaluations and would-be alerts over a past range",
      description: DESCRIPTION,
      access: "admin",
      params: z.object({ model: modelName, id: z.string().min(1).max(64) }),
      query: z.object(range),
      response: backtestResponse,
      errors: [400, 404],
    },
    async ({ params, query }) => {
      const monitor = await services.monitors.get(params.model, params.id);
      const { from, to } = rangeOf(query, services.now());
      return backtestView(monitor, await runBacktest(services, monitor, from, to));
    },
  );
}
