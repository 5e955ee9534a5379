import { windowReport } from "@telltale/core";
import type { Services } from "../server/services.js";
import type { WindowRows } from "../store/duckdb/read-window.js";
import type { WindowFilter } from "../store/types.js";
import { modelSpec } from "./model-spec.js";
import type { ReferenceCache } from "./reference-cache.js";
import { countLabelled, sideMetrics } from "./side-metrics.js";
import { resolveVersion, resolveWindow, type WindowQuery } from "./window-params.js";

/** A version's predictions and scores as feature columns, so the drift between two versions is a report's drift. */
function outcomesAsFeatures(rows: WindowRows): WindowRows {
  return {
    rows: rows.rows,
    features: [rows.prediction, rows.score].flatMap((c) => (c ? [c] : [])),
    segments: [],
  };
}

export async function compareVersions(
  services: Services,
  _references: ReferenceCache,
  model: string,
  query: Omit<WindowQuery, "version"> & { a: string; b: string },
) {
  const { store } = services;
  const owner = store.model(model);
  const spec = modelSpec(owner);
  const sides = await Promise.all(
    [query.a, query.b].map(async (name) => {
      const version = await resolveVersion(store, model, name);
      const filter: WindowFilter = await resolveWindow(store, model, { ...query, version }, services.now());
      const rows = await store.window(model, { filter, features: [], outcomes: true });
      return { name, version, filter, rows };
    }),
  );
  const view = ({ name, version, rows }: (typeof sides)[number]) => ({
    requested: name,
    version,
    rows: rows.rows,
    labelled: countLabelled(rows),
    // Performance over the window's labelled rows, and the model's business metrics on this version's rows
    // (beside a benchmark keyed `business.<name>`).
    ...sideMetrics(spec, rows),
    benchmark: store.version(model, version).metrics,
  });
  const [a, b] = sides as [(typeof sides)[number], (typeof sides)[number]];
  const predictionSpec = {
    ...spec,
    features: [
      {
        name: "prediction",
        kind: owner.task === "regression" ? ("numerical" as const) : ("categorical" as const),
      },
      ...(owner.task === "binary" ? [{ name: "score", kind: "numerical" as const }] : []),
    ],
  };
  const drift =
    a.rows.rows > 0 && b.rows.rows > 0
      ? windowReport({
          spec: predictionSpec,
          reference: outcomesAsFeatures(a.rows),
          current: outcomesAsFeatures(b.rows),
        }).report.drift.columns
      : [];
  return {
    window: {
      from: new Date(a.filter.from).toISOString(),
      to: new Date(a.filter.to).toISOString(),
      segment: a.filter.segment ?? null,
    },
    a: view(a),
    b: view(b),
    predictionDrift: drift,
  };
}
