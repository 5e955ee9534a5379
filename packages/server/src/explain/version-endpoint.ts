import { AppError } from "../errors/app-error.js";
import type { DuckDbStore } from "../store/duckdb/duckdb-store.js";
import type { Model } from "../store/types.js";

/** The prediction endpoint a version registered; a 409 that says how to register one when it has none. */
export function versionEndpoint(store: DuckDbStore, model: Model, version: string): string {
  const endpoint = store.version(model.name, version).endpoint;
  if (endpoint === null) {
    throw new AppError(
      "TELLTALE_NO_ENDPOINT",
      `version '${version}' of '${model.name}' has no prediction endpoint: register one with PATCH /api/v1/models/${model.name}/versions/${version} {"endpoint": "http://…"} to compute explanations, or log attributions with each prediction`,
      { model: model.name, version },
    );
  }
  return endpoint;
}
