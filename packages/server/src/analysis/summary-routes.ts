import { z } from "zod";
import type { RouteTable } from "../http/route-table.js";
import type { Services } from "../server/services.js";
import { byHealth, type HealthFigures, type HealthStatus, modelHealth } from "./model-health.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const modelSummary = z.object({
  name: z.string(),
  task: z.enum(["binary", "multiclass", "regression"]),
  description: z.string().nullable(),
  versions: z.number(),
  aliases: z.record(z.string(), z.string()),
  traffic: z.object({ lastHour: z.number(), previousHour: z.number() }),
  driftShare: z.number().nullable(),
  metric: z.object({
    name: z.string(),
    value: z.number().nullable(),
    benchmark: z.number().nullable(),
    version: z.string().nullable(),
  }),
  labelCoverage: z.number().nullable(),
  alertsFiring: z.number(),
  status: z.enum(["critical", "warning", "ok", "no-data"]),
  reasons: z.array(z.string()),
});

type ModelSummary = z.infer<typeof modelSummary>;

/** One model's figures through the cached time-series computation: two hourly buckets and one day. */
async function summarize(services: Services, name: string, now: number): Promise<ModelSummary> {
  const { store } = services;
  const model = store.model(name);
  const versions = store.listVersions(name);
  const aliases = await store.listAliases(name);
  const metricName = model.task === "regression" ? "rmse" : "accuracy";
  const benchmarkVersion =
    aliases.find((a) => a.alias === "champion")?.version ??
    [...versions].sort((a, b) => b.createdAt - a.createdAt)[0]?.version ??
    null;
  const benchmark =
    benchmarkVersion === null ? null : (store.version(name, benchmarkVersion).metrics[metricName] ?? null);
  const firing = await services.alerts.list({ model: name, state: "firing", limit: 1000 });
  const base = {
    name,
    task: model.task,
    description: model.description,
    versions: versions.length,
    aliases: Object.fromEntries(aliases.map((a) => [a.alias, a.version])),
  };
  try {
    const hours = await services.series.series(name, {
      filter: { from: now - 2 * HOUR, to: now },
      origin: now - 2 * HOUR,
      intervalMs: HOUR,
      buckets: 2,
      metrics: ["count"],
    });
    const counts = hours[0]?.points ?? [];
    const hasReference = versions.some((v) => v.reference !== null);
    const day = await services.series.series(name, {
      filter: { from: now - DAY, to: now },
      origin: now - DAY,
      intervalMs: DAY,
      buckets: 1,
      metrics: ["count", "labelCoverage", metricName, ...(hasReference ? ["drift.share"] : [])],
    });
    const dayValue = (metric: string) => day.find((s) => s.metric === metric)?.points[0]?.value ?? null;
    const figures: HealthFigures = {
      task: model.task,
      traffic: { previousHour: counts[0]?.value ?? 0, lastHour: counts[1]?.value ?? 0 },
      predictions24h: dayValue("count") ?? 0,
      driftShare: dayValue("drift.share"),
      metric: { name: metricName, value: dayValue(metricName), benchmark },
      labelCoverage: dayValue("labelCoverage"),
      alertsFiring: firing.length,
    };
    return {
      ...base,
      traffic: figures.traffic,
      driftShare: figures.driftShare,
      metric: { ...figures.metric, version: benchmark === null ? null : benchmarkVersion },
      labelCoverage: figures.labelCoverage,
      alertsFiring: figures.alertsFiring,
      ...modelHealth(figures),
    };
  } catch (error) {
    // One model's failure (a reference that cannot be read, say) must not hide every other model's health.
    services.logger.warn({ model: name, err: error }, "model summary failed");
    return {
      ...base,
      traffic: { lastHour: 0, previousHour: 0 },
      driftShare: null,
      metric: { name: metricName, value: null, benchmark, version: benchmarkVersion },
      labelCoverage: null,
      alertsFiring: firing.length,
      status: (firing.length > 0 ? "critical" : "no-data") as HealthStatus,
      reasons: [`could not compute: ${(error as Error).message}`],
    };
  }
}

/** The Models page: every model's health over the last hour and day, worst first. */
export function summaryRoutes(routes: RouteTable, services: Services): void {
  routes.add(
    {
      method: "GET",
      url: "/api/v1/summary",
      tag: "analysis",
      summary:
        "Every model's health, worst first: traffic, drift, main metric vs benchmark, labels, firing alerts",
      description:
        "Traffic is the last hour against the hour before; drift share, the main metric (accuracy, or RMSE for regression) and label coverage are over the last 24 hours, all versions together, against the champion's (else the newest version's) reference and benchmark. Status is `critical` when an alert fires or the metric trails its benchmark by more than 0.05 (5% for error metrics), `warning` on drift in half the features, traffic falling by half or label coverage under 10%, and `no-data` without predictions in 24 hours; `reasons` says which.",
      access: "admin",
      response: z.object({ at: z.string(), models: z.array(modelSummary) }),
    },
    async () => {
      // Whole minutes, so a page polling every few seconds reuses the cached buckets.
      const now = Math.floor(services.now() / 60_000) * 60_000 + 60_000;
      const models: ModelSummary[] = [];
      for (const model of services.store.listModels())
        models.push(await summarize(services, model.name, now));
      return { at: new Date(now).toISOString(), models: models.sort(byHealth) };
    },
  );
}
