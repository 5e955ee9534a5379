import { type ModelSpec, parseSeriesMetric, type Report, windowReport } from "@telltale/core";
import { z } from "zod";
import { AppError } from "../errors/app-error.js";
import type { RouteTable } from "../http/route-table.js";
import { modelParams } from "../http/schemas.js";
import type { Services } from "../server/services.js";
import { compareVersions } from "./compare-versions.js";
import { bucketRange, INTERVALS, type IntervalName, MAX_BUCKETS } from "./interval.js";
import { modelSpec } from "./model-spec.js";
import type { ReferenceCache } from "./reference-cache.js";
import { referenceVersion, resolveWindow, windowQuery } from "./window-params.js";

const metricList = z
  .string()
  .min(1, "list at least one metric")
  .transform((text) => [
    ...new Set(
      text
        .split(",")
        .map((m) => m.trim())
        .filter((m) => m.length > 0),
    ),
  ])
  .describe(
    "comma-separated: count, labelCoverage, accuracy, f1, …, prediction.mean, feature.<name>.mean, drift.<feature>, drift.share",
  );

/** Time series, the window report and version comparison: core's monitoring functions over stored windows. */
export function analysisRoutes(references: ReferenceCache) {
  return (routes: RouteTable, services: Services): void => {
    const { store } = services;

    routes.add(
      {
        method: "GET",
        url: "/api/v1/models/:model/timeseries",
        tag: "analysis",
        summary:
          "Metrics per time bucket: volume, performance over labelled rows, prediction and feature summaries, drift",
        access: "admin",
        params: modelParams,
        query: windowQuery.extend({
          metrics: metricList,
          interval: z.enum(Object.keys(INTERVALS) as [IntervalName, ...IntervalName[]]).default("1h"),
        }),
        errors: [400, 404, 409, 422],
      },
      async ({ params, query }) => {
        const spec: ModelSpec = modelSpec(store.model(params.model));
        for (const metric of query.metrics) parseSeriesMetric(metric, spec);
        const filter = await resolveWindow(store, params.model, query, services.now());
        const intervalMs = INTERVALS[query.interval];
        const { origin, buckets } = bucketRange(filter.from, filter.to, intervalMs);
        if (buckets > MAX_BUCKETS) {
          throw new AppError(
            "TELLTALE_VALIDATION",
            `the window holds ${buckets} buckets of ${query.interval}; at most ${MAX_BUCKETS}: use a longer interval or a shorter window`,
            { buckets, limit: MAX_BUCKETS },
          );
        }
        const series = await services.series.series(params.model, {
          filter,
          origin,
          intervalMs,
          buckets,
          metrics: query.metrics,
        });
        return {
          interval: query.interval,
          from: new Date(filter.from).toISOString(),
          to: new Date(filter.to).toISOString(),
          series: series.map((s) => ({
            metric: s.metric,
            points: s.points.map((p) => ({
              start: new Date(origin + p.bucket * intervalMs).toISOString(),
              value: p.value,
              count: p.count,
            })),
          })),
        };
      },
    );

    routes.add(
      {
        method: "GET",
        url: "/api/v1/models/:model/report",
        tag: "analysis",
        summary:
          "The report (same JSON as `telltale report`) of a window's predictions against the version's reference",
        access: "admin",
        params: modelParams,
        query: windowQuery,
        errors: [400, 404, 409, 422],
      },
      async ({ params, query }) => {
        const model = store.model(params.model);
        const filter = await resolveWindow(store, params.model, query, services.now());
        const version = await referenceVersion(store, params.model, filter.version);
        const reference = await references.get(params.model, version);
        const current = await store.window(params.model, {
          filter,
          features: model.features.map((f) => f.name),
          outcomes: true,
          segments: model.sensitive,
        });
        if (current.rows === 0) {
          throw new AppError("TELLTALE_UNPROCESSABLE", "the window holds no predictions", {
            from: new Date(filter.from).toISOString(),
            to: new Date(filter.to).toISOString(),
          });
        }
        const result = windowReport({ spec: modelSpec(model), reference, current });
        const report: Report = result.report;
        return {
          ...report,
          window: {
            from: new Date(filter.from).toISOString(),
            to: new Date(filter.to).toISOString(),
            version: filter.version ?? null,
            segment: filter.segment ?? null,
            referenceVersion: version,
          },
          notes: result.notes,
        };
      },
    );

    routes.add(
      {
        method: "GET",
        url: "/api/v1/models/:model/compare",
        tag: "analysis",
        summary:
          "Two versions side by side: production metrics in the window, offline benchmarks, and the drift between their predictions",
        access: "admin",
        params: modelParams,
        query: windowQuery.omit({ version: true }).extend({
          a: z.string().min(1).describe("a version or alias"),
          b: z.string().min(1).describe("a version or alias"),
        }),
        errors: [400, 404, 409, 422],
      },
      async ({ params, query }) => compareVersions(services, references, params.model, query),
    );
  };
}
