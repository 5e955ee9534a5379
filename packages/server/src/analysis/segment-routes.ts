import { z } from "zod";
import type { RouteTable } from "../http/route-table.js";
import { modelParams } from "../http/schemas.js";
import type { Services } from "../server/services.js";
import { modelSpec } from "./model-spec.js";
import { resolveWindow, windowQuery } from "./window-params.js";

const metricList = z
  .string()
  .optional()
  .transform((text) =>
    (text ?? "")
      .split(",")
      .map((m) => m.trim())
      .filter((m) => m.length > 0),
  )
  .describe(
    "comma-separated time-series metrics to compute per value (default: labelCoverage and the task's main metric)",
  );

/** Per-segment breakdown: which values a segment column takes in a window, and each value's metrics there. */
export function segmentRoutes(routes: RouteTable, services: Services): void {
  routes.add(
    {
      method: "GET",
      url: "/api/v1/models/:model/segments",
      tag: "analysis",
      summary:
        "Each segment column's most frequent values in a window, with each value's metrics over the window",
      description:
        "Values are listed most frequent first (at most `limit` per column); each value's metrics are the same as the time series over the whole window with `segment=<column>:<value>`.",
      access: "admin",
      params: modelParams,
      query: windowQuery.omit({ segment: true }).extend({
        metrics: metricList,
        limit: z.coerce.number().int().min(1).max(100).default(20),
      }),
      errors: [400, 404, 422],
    },
    async ({ params, query }) => {
      const model = services.store.model(params.model);
      const spec = modelSpec(model);
      const metrics =
        query.metrics.length > 0
          ? query.metrics
          : ["count", "labelCoverage", spec.task === "regression" ? "rmse" : "accuracy"];
      const filter = await resolveWindow(services.store, params.model, query, services.now());
      const columns = await services.store.segmentValues(params.model, filter, query.limit);
      const segments = [];
      for (const column of columns) {
        const values = [];
        for (const { value, count } of column.values) {
          const series = await services.series.series(params.model, {
            filter: { ...filter, segment: { name: column.column, value } },
            origin: filter.from,
            intervalMs: filter.to - filter.from,
            buckets: 1,
            metrics,
          });
          values.push({
            value,
            count,
            metrics: Object.fromEntries(series.map((s) => [s.metric, s.points[0]?.value ?? null])),
          });
        }
        segments.push({ column: column.column, distinct: column.distinct, values });
      }
      return {
        from: new Date(filter.from).toISOString(),
        to: new Date(filter.to).toISOString(),
        version: filter.version ?? null,
        metrics,
        segments,
      };
    },
  );
}
