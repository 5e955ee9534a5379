import { createReadStream } from "node:fs";
import { rm } from "node:fs/promises";
import { z } from "zod";
import type { ReferenceCache } from "../analysis/reference-cache.js";
import { resolveWindow } from "../analysis/window-params.js";
import { parsePart, type RouteTable } from "../http/route-table.js";
import { modelParams } from "../http/schemas.js";
import { parseDuration } from "../monitors/duration.js";
import type { Services } from "../server/services.js";
import { chooseRows } from "./choose-rows.js";
import { exportQuery as exportParams } from "./export-options.js";
import { exportQuery } from "./export-query.js";
import { MAX_LINK_MS, signedExportLink } from "./signed-export-link.js";
import { EXPORT_FORMATS, writeExport } from "./write-export.js";

/** JSON with every non-ASCII character escaped, so it fits an HTTP header whatever the feature names. */
const asciiJson = (value: unknown) =>
  JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );

/** Header values past this many bytes break common clients (Node's fetch stops at 16 KB for all headers). */
const MAX_MANIFEST_HEADER = 8_000;

/** The manifest as a header; a schema too wide for one is left to `GET …/export/schema`, which gives the same. */
function manifestHeader(manifest: { readonly schema: readonly unknown[] }, model: string): string {
  const whole = asciiJson(manifest);
  if (whole.length <= MAX_MANIFEST_HEADER) return whole;
  return asciiJson({
    ...manifest,
    schema: null,
    schemaOmitted: `${manifest.schema.length} columns do not fit a header: GET /api/v1/models/${encodeURIComponent(model)}/export/schema`,
  });
}

/** Retraining data: a window's rows with features, outcomes and feedback, as Parquet, CSV or JSON lines. */
export function exportRoutes(references: ReferenceCache) {
  return (routes: RouteTable, services: Services): void => {
    const { store } = services;
    routes.add(
      {
        method: "GET",
        url: "/api/v1/models/:model/export",
        tag: "feedback loop",
        summary:
          "Export a window's rows for retraining or labelling: features, prediction, score, label and feedback",
        description:
          "DuckDB writes the file (Parquet, CSV with a header, or JSON lines) to the scratch directory in chunks and the server streams it, so memory does not grow with the window. Columns: `id`, `version`, `timestamp`, `prediction`, `score` (binary) or `score.<class>`, `label`, `label_timestamp`, each feature under its name (`feature.<name>` if the name is taken), `segment.<name>`, and the prediction's feedback (`feedback_count`, `feedback_thumbs_up`, `feedback_thumbs_down`, `feedback_rating_mean`, the latest `feedback_correction` and `feedback_comment`). The manifest — rows, schema, SHA-256 and size of the body, and how rows were chosen — is in the `X-Telltale-Manifest` header (JSON), with `X-Telltale-Rows` and `X-Telltale-Sha256`. Without `sample` or `strategy` every row comes in time order. For a labelling budget, `sample=n` with `strategy` (uniform, uncertain, disagreement, drifted) and optionally `stratify`. Admin key, or a URL signed by the server (a `retrain` action hands one to the training pipeline).",
        access: "signed",
        params: modelParams,
        query: exportParams,
        errors: [400, 404, 409, 422, 502, 504],
      },
      async ({ params, query, reply, request }) => {
        const model = store.model(params.model);
        const filter = await resolveWindow(store, params.model, query, services.now());
        const abort = new AbortController();
        reply.raw.once("close", () => abort.abort());
        const { selection, note } = await chooseRows(
          services,
          references,
          model,
          filter,
          query,
          abort.signal,
        );
        const written = await store.database.readAlone((c) =>
          writeExport(c, exportQuery(model, selection), query.format, services.scratchDir),
        );
        const manifest = {
          model: model.name,
          from: new Date(filter.from).toISOString(),
          to: new Date(filter.to).toISOString(),
          version: filter.version ?? null,
          segment: filter.segment ?? null,
          labelled: selection.labelled,
          selection: {
            ...note,
            sample: query.sample ?? null,
            stratify: query.stratify ?? null,
            seed: query.seed,
          },
          ...written.manifest,
        };
        request.log.info(
          { model: model.name, rows: manifest.rows, bytes: manifest.bytes, format: manifest.format },
          "export written",
        );
        const format = EXPORT_FORMATS[query.format];
        const stem = `${model.name}-${manifest.from}-${manifest.to}`.replace(/[^A-Za-z0-9._-]+/g, "_");
        reply
          .type(format.contentType)
          .header("content-length", String(manifest.bytes))
          .header("content-disposition", `attachment; filename="${stem}.${format.extension}"`)
          .header("x-telltale-rows", String(manifest.rows))
          .header("x-telltale-sha256", manifest.sha256)
          .header("x-telltale-manifest", manifestHeader(manifest, params.model))
          .header("cache-control", "no-store");
        const body = createReadStream(written.path);
        body.once("close", () => void rm(written.path, { force: true }));
        // The client left while DuckDB wrote: nothing will read the stream, so close it (and remove the file) now.
        if (abort.signal.aborted) body.destroy();
        return body;
      },
    );
    routes.add(
      {
        method: "GET",
        url: "/api/v1/models/:model/export/schema",
        tag: "feedback loop",
        summary: "The columns an export of the model holds, with their DuckDB types",
        description:
          "The same as the export manifest's `schema`, which the `X-Telltale-Manifest` header leaves out when the model has too many columns for a header.",
        access: "admin",
        params: modelParams,
        errors: [404],
      },
      async ({ params }) => {
        const model = store.model(params.model);
        const everything = exportQuery(model, {
          filter: { from: 0, to: 1 },
          labelled: false,
          order: "time",
          seed: 0,
          threshold: 0.5,
        });
        const columns = await store.database.read(async (c) => {
          const described = await c.runAndReadAll(`DESCRIBE ${everything.sql}`, everything.params);
          return (described.getRowObjectsJS() as { column_name: string; column_type: string }[]).map((r) => ({
            name: r.column_name,
            type: r.column_type,
          }));
        });
        return { columns };
      },
    );
    routes.add(
      {
        method: "POST",
        url: "/api/v1/models/:model/export-links",
        tag: "feedback loop",
        summary: "Sign an export URL that downloads without an API key until it expires",
        description:
          "For handing a window's data to a training pipeline or a labelling tool without sharing a key. The signature covers the path and every parameter, so a changed window, format or expiry is refused (403 `TELLTALE_BAD_SIGNATURE`), as is the URL after `expiresAt` (403 `TELLTALE_URL_EXPIRED`). The parameters are checked now, as the export would check them.",
        access: "admin",
        params: modelParams,
        body: exportLinkBody,
        status: 201,
        errors: [400, 404],
      },
      async ({ params, body }) => {
        store.model(params.model);
        parsePart(exportParams, body.query, "body.query");
        const link = signedExportLink(services, params.model, body.query, body.expiresIn);
        return { url: link.url, expiresAt: new Date(link.expiresAt).toISOString() };
      },
    );
  };
}

export const exportLinkBody = z.strictObject({
  query: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String))
    .default({})
    .describe("the export's query parameters, e.g. {from, to, format, labelled}"),
  expiresIn: z
    .string()
    .refine(
      (text) => {
        const ms = parseDuration(text);
        return ms !== null && ms > 0 && ms <= MAX_LINK_MS;
      },
      { message: "a duration such as 15m, 24h or 7d, at most 30d" },
    )
    .default("24h"),
});
