import { z } from "zod";
import { AppError } from "../../errors/app-error.js";
import { ingestLabels } from "../../ingest/label-ingest.js";
import { MAX_RECORDS, parseRecords } from "../../ingest/parse-records.js";
import type { Services } from "../../server/services.js";
import type { RouteTable } from "../route-table.js";
import { ingestResultView, labelResultView, modelName, modelParams } from "../schemas.js";

const BODIES = {
  "application/json": `{"records": [...]}, at most ${MAX_RECORDS} records`,
  "application/x-ndjson": "one record per line",
};

export function ingestRoutes(routes: RouteTable, services: Services): void {
  const { store } = services;
  routes.add(
    {
      method: "POST",
      url: "/api/v1/models/:model/predictions",
      tag: "ingest",
      summary: "Log predictions",
      description:
        "Answered after the rows are committed. A record whose id the model already has counts as a duplicate and is not stored again, so retrying a whole batch is safe. Invalid records are listed in `rejected`; the rest are stored.",
      access: "ingest",
      params: modelParams,
      requestBody: BODIES,
      response: ingestResultView,
      errors: [400, 404, 413, 415],
    },
    async ({ params, request }) => {
      const receivedAt = services.now();
      store.model(params.model);
      const records = parseRecords(request.headers["content-type"], request.body);
      return services.ingest.submit(params.model, records, receivedAt);
    },
  );
  routes.add(
    {
      method: "POST",
      url: "/api/v1/models/:model/labels",
      tag: "ingest",
      summary: "Log ground truth or user feedback for predictions, by id",
      description:
        "Labels join predictions in either order: `matched` ones found their prediction, `pending` ones wait for it. A later label for the same id replaces the earlier one.",
      access: "ingest",
      params: modelParams,
      requestBody: BODIES,
      response: labelResultView,
      errors: [400, 404, 413, 415],
    },
    async ({ params, request }) => {
      const receivedAt = services.now();
      store.model(params.model);
      const records = parseRecords(request.headers["content-type"], request.body);
      return ingestLabels(store, params.model, records, receivedAt);
    },
  );
  routes.add(
    {
      method: "GET",
      url: "/api/v1/models/:model/predictions/:id",
      tag: "ingest",
      summary: "One stored prediction with its label, version and timestamps",
      access: "admin",
      params: z.object({ model: modelName, id: z.string().min(1).max(256) }),
      errors: [404],
    },
    async ({ params }) => {
      const found = await store.prediction(params.model, params.id);
      if (!found) {
        throw new AppError("TELLTALE_NOT_FOUND", `model '${params.model}' has no prediction '${params.id}'`, {
          model: params.model,
          id: params.id,
        });
      }
      return found;
    },
  );
}
