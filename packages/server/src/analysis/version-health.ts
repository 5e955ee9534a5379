import type { VersionHealth } from "../observability/server-metrics.js";
import type { Services } from "../server/services.js";

export const HEALTH_WINDOW_MS = 3600_000;

/**
 * Each model version's latest hour for `/metrics`: volume, drifted share of features against its reference,
 * and the main metric (accuracy, or MAE for regression) over labelled rows. Versions idle for the hour are skipped.
 */
export async function versionHealth(services: Services): Promise<VersionHealth[]> {
  const { store } = services;
  const to = services.now();
  const from = to - HEALTH_WINDOW_MS;
  const out: VersionHealth[] = [];
  for (const model of store.listModels()) {
    const metric = model.task === "regression" ? "mae" : "accuracy";
    for (const version of store.listVersions(model.name)) {
      // The time-series computation: the same values as the window report, for only these three metrics.
      const metrics = ["count", metric, ...(version.reference ? ["drift.share"] : [])];
      const series = await services.series.series(model.name, {
        filter: { from, to, version: version.version },
        origin: from,
        intervalMs: HEALTH_WINDOW_MS,
        buckets: 1,
        metrics,
      });
      const at = (name: string) => series.find((s) => s.metric === name)?.points[0];
      const predictions = at("count")?.count ?? 0;
      if (predictions === 0) continue;
      out.push({
        model: model.name,
        version: version.version,
        predictions,
        driftShare: at("drift.share")?.value ?? null,
        metric,
        value: at(metric)?.value ?? null,
      });
    }
  }
  return out;
}
