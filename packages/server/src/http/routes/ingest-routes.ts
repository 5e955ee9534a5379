import { z } from "zod";
import { AppError } from "../../errors/app-error.js";
import { ingestFeedback } from "../../ingest/feedback-ingest.js";
import { ingestLabels } from "../../ingest/label-ingest.js";
import { MAX_RECORDS, parseRecords } from "../../ingest/parse-records.js";
import type { Services } from "../../server/services.js";
import type { RouteTable } from "../route-table.js";
import { feedbackResultView, ingestResultView, labelResultView, modelName, modelParams } from "../schemas.js";

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
      summary: "Log ground truth for predictions, by id",
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
      method: "POST",
      url: "/api/v1/models/:model/feedback",
      tag: "ingest",
      summary: "Log user feedback on predictions, by id: thumbs, ratings, corrections, comments",
      description:
        'Feedback is not ground truth and is kept beside the label: `{records: [{id, kind: "thumbs"|"rating"|"correction"|"comment", value, user?, timestamp?, promote?, key?}]}`. It joins its prediction in either order, and any number of records may name one prediction. A record with a `key` already stored is a retry: counted in `duplicates`, not stored again (the SDK sets one). A correction becomes the label when the record says `promote: true`, or when the model\'s `correctionsAsLabels` is on and the record does not say `promote: false`. Feedback feeds the series `feedback.count`, `feedback.positiveShare` and `feedback.rating.mean`, bucketed by the prediction\'s time.',
      access: "ingest",
      params: modelParams,
      requestBody: BODIES,
      response: feedbackResultView,
      errors: [400, 404, 413, 415],
    },
    async ({ params, request }) => {
      const receivedAt = services.now();
      store.model(params.model);
      const records = parseRecords(request.headers["content-type"], request.body);
      return ingestFeedback(store, params.model, records, receivedAt);
    },
  );
  routes.add(
    {
      method: "GET",
      url: "/api/v1/models/:model/predictions/:id",
      tag: "ingest",
      summary: "One stored prediction with its label, feedback, version and timestamps",
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
