import { type ModelSpec, parseSeriesMetric, type Report, windowReport } from "@telltale/core";
import { z } from "zod";
import { AppError } from "../errors/app-error.js";
import type { RouteTable } from "../http/route-table.js";
import { modelParams } from "../http/schemas.js";
import { loadEchartsSource } from "../report-html/load-echarts-source.js";
import { renderHtmlReport } from "../report-html/render-html-report.js";
import type { Services } from "../server/services.js";
import { compareVersions } from "./compare-versions.js";
import { bucketRange, INTERVALS, type IntervalName, MAX_BUCKETS } from "./interval.js";
import { modelSpec } from "./model-spec.js";
import type { ReferenceCache } from "./reference-cache.js";
import { referenceVersion, resolveWindow, windowQuery } from "./window-params.js";

/** `<model>-report-<from>-<to>.<ext>` with only characters every file system and header accepts. */
export function reportFileName(model: string, from: number, to: number, ext: string): string {
  const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace(/[:T]/g, "-");
  return `${model.replace(/[^\w.-]+/g, "_")}-report-${stamp(from)}-${stamp(to)}.${ext}`;
}

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
    "comma-separated: count, labelCoverage, accuracy, f1, …, prediction.mean, feature.<name>.mean, feature.<name>.missingShare, feature.<name>.outOfRangeShare, feature.<name>.newCategoryShare, drift.<feature>, drift.share, fairness.<attribute>.demographicParityDifference (…Ratio, equalOpportunityDifference, equalizedOddsDifference, disparateImpactRatio), fairness.<attribute>.selectionRate.<group>",
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
        description:
          "`format=html` renders it as the self-contained page `telltale report --html` writes; `download=true` answers it as an attachment named after the model and window.",
        params: modelParams,
        query: windowQuery.extend({
          format: z.enum(["json", "html"]).default("json").describe("json (default) or html"),
          download: z
            .enum(["true", "false"])
            .default("false")
            .transform((v) => v === "true")
            .describe("answer as an attachment to save"),
        }),
        errors: [400, 404, 409, 422],
      },
      async ({ params, query, reply }) => {
        const model = store.model(params.model);
        const filter = await resolveWindow(store, params.model, query, services.now());
        const version = await referenceVersion(store, params.model, filter.version);
        const reference = await references.get(params.model, version);
        const current = await store.window(params.model, {
          filter,
          features: model.features.map((f) => f.name),
          attributions: model.features.map((f) => f.name),
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
        const window = {
          from: new Date(filter.from).toISOString(),
          to: new Date(filter.to).toISOString(),
          version: filter.version ?? null,
          segment: filter.segment ?? null,
          referenceVersion: version,
        };
        if (query.download) {
          const name = reportFileName(params.model, filter.from, filter.to, query.format);
          reply.header("content-disposition", `attachment; filename="${name}"`);
        }
        if (query.format === "html") {
          const scope = [filter.version, filter.segment && `${filter.segment.name}=${filter.segment.value}`]
            .filter(Boolean)
            .join(", ");
          reply.type("text/html; charset=utf-8");
          return renderHtmlReport(report, {
            title: `${params.model}: ${window.from} to ${window.to}${scope ? ` (${scope})` : ""}`,
            generatedAt: new Date(services.now()),
            echartsSource: await loadEchartsSource(),
            referenceName: `reference of ${version}`,
            currentName: `${params.model}, ${window.from.slice(0, 16)} – ${window.to.slice(0, 16)}`,
          });
        }
        return { ...report, window, notes: result.notes };
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
