import { windowReport } from "@telltale/core";
import type { VersionHealth } from "../observability/server-metrics.js";
import type { Services } from "../server/services.js";
import { modelSpec } from "./model-spec.js";
import type { ReferenceCache } from "./reference-cache.js";

export const HEALTH_WINDOW_MS = 3600_000;

/**
 * Each model version's latest hour for `/metrics`: volume, drifted share of features against its reference,
 * and the main metric (accuracy, or MAE for regression) over labelled rows. Versions idle for the hour are skipped.
 */
export async function versionHealth(
  services: Services,
  references: ReferenceCache,
): Promise<VersionHealth[]> {
  const { store } = services;
  const to = services.now();
  const out: VersionHealth[] = [];
  for (const model of store.listModels()) {
    const spec = modelSpec(model);
    const metric = model.task === "regression" ? "mae" : "accuracy";
    for (const version of store.listVersions(model.name)) {
      const current = await store.window(model.name, {
        filter: { from: to - HEALTH_WINDOW_MS, to, version: version.version },
        features: model.features.map((f) => f.name),
        outcomes: true,
      });
      if (current.rows === 0) continue;
      let driftShare: number | null = null;
      let value: number | null = null;
      if (version.reference) {
        const reference = await references.get(model.name, version.version);
        const { report } = windowReport({ spec: { ...spec, sensitive: [] }, reference, current });
        driftShare = report.drift.totalColumns > 0 ? report.drift.share : null;
        value =
          model.task === "regression"
            ? (report.regression?.current?.mae ?? null)
            : (report.classification?.current?.accuracy ?? null);
      }
      out.push({
        model: model.name,
        version: version.version,
        predictions: current.rows,
        driftShare,
        metric,
        value,
      });
    }
  }
  return out;
}
