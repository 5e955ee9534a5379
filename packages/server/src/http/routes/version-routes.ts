import { randomBytes } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { AppError } from "../../errors/app-error.js";
import type { InputFormat } from "../../io/input-format.js";
import { featuresFromReference } from "../../registry/reference-columns.js";
import type { Services } from "../../server/services.js";
import type { RouteTable } from "../route-table.js";
import { createVersionBody, modelParams, patchVersionBody, versionParams, versionView } from "../schemas.js";
import { versionToView } from "../views.js";

/** Reference bodies by content type; JSON arrays are parsed by Fastify and spooled as JSON Lines. */
const REFERENCE_TYPES: Record<string, InputFormat> = {
  "text/csv": "csv",
  "application/csv": "csv",
  "application/x-ndjson": "jsonl",
  "application/jsonl": "jsonl",
  "application/x-jsonlines": "jsonl",
  "application/vnd.apache.parquet": "parquet",
  "application/x-parquet": "parquet",
  "application/octet-stream": "parquet",
};

function referenceFormat(contentType: string | undefined): InputFormat | "json" {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "application/json") return "json";
  const format = REFERENCE_TYPES[type];
  if (!format) {
    throw new AppError(
      "TELLTALE_UNSUPPORTED_MEDIA_TYPE",
      `a reference is CSV, JSON Lines, Parquet or a JSON array; got Content-Type '${type || "none"}'`,
      { accepted: ["application/json", ...Object.keys(REFERENCE_TYPES)] },
    );
  }
  return format;
}

function jsonArrayAsLines(body: unknown): string {
  if (!Array.isArray(body))
    throw new AppError("TELLTALE_VALIDATION", "a JSON reference must be an array of row objects");
  if (body.length === 0) throw new AppError("TELLTALE_EMPTY_FILE", "the reference has no rows");
  const lines: string[] = [];
  body.forEach((row, index) => {
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      throw new AppError(
        "TELLTALE_VALIDATION",
        `reference row ${index} must be an object of column → value`,
        { index },
      );
    }
    lines.push(JSON.stringify(row));
  });
  return `${lines.join("\n")}\n`;
}

export function versionRoutes(routes: RouteTable, services: Services): void {
  const { store } = services;
  routes.add(
    {
      method: "POST",
      url: "/api/v1/models/:model/versions",
      tag: "versions",
      summary: "Register a version",
      description:
        "`metrics` is the version's offline benchmark (e.g. validation F1), shown beside production values. When a `retrain` action ran for the model in the last 30 days and no version has answered it yet, the new version is compared with the monitored one (or the champion) on the exported window, in the background: the answer's `comparison` points at it.",
      access: "admin",
      params: modelParams,
      body: createVersionBody,
      response: versionView.extend({ comparison: z.object({ id: z.string(), url: z.string() }).optional() }),
      status: 201,
      errors: [400, 404, 409],
    },
    async ({ params, body }) => {
      const version = await store.createVersion(
        params.model,
        {
          version: body.version,
          description: body.description ?? null,
          tags: body.tags ?? [],
          metrics: body.metrics ?? {},
          endpoint: body.endpoint ?? null,
        },
        services.now(),
      );
      // A version a retrain action asked for is compared with the current one; the answer says where.
      const comparison = await services.comparator.onVersionRegistered(params.model, version.version);
      return {
        ...versionToView(version),
        ...(comparison
          ? {
              comparison: {
                id: comparison.id,
                url: `/api/v1/models/${encodeURIComponent(params.model)}/comparisons/${comparison.id}`,
              },
            }
          : {}),
      };
    },
  );
  routes.add(
    {
      method: "GET",
      url: "/api/v1/models/:model/versions",
      tag: "versions",
      summary: "List a model's versions",
      access: "admin",
      params: modelParams,
      response: z.object({ versions: z.array(versionView) }),
      errors: [404],
    },
    async ({ params }) => ({ versions: store.listVersions(params.model).map(versionToView) }),
  );
  routes.add(
    {
      method: "GET",
      url: "/api/v1/models/:model/versions/:version",
      tag: "versions",
      summary: "One version",
      access: "admin",
      params: versionParams,
      response: versionView,
      errors: [404],
    },
    async ({ params }) => versionToView(store.version(params.model, params.version)),
  );
  routes.add(
    {
      method: "PATCH",
      url: "/api/v1/models/:model/versions/:version",
      tag: "versions",
      summary: "Change a version's description, tags, benchmark metrics or prediction endpoint",
      description:
        'Fields left out stay as they are; `metrics` replaces the whole benchmark. The `endpoint` is called to compute explanations (Kernel SHAP, permutation and prediction-change importance): `POST` with `{"instances": [{feature: value}]}`, answering `{"predictions": [...]}`, one number (binary: P(positive); regression: the value) or `{score, prediction}` object per instance.',
      access: "admin",
      params: versionParams,
      body: patchVersionBody,
      response: versionView,
      errors: [400, 404],
    },
    async ({ params, body }) =>
      versionToView(
        await store.updateVersion(params.model, params.version, {
          ...(body.description !== undefined ? { description: body.description } : {}),
          ...(body.tags !== undefined ? { tags: body.tags } : {}),
          ...(body.metrics !== undefined ? { metrics: body.metrics } : {}),
          ...(body.endpoint !== undefined ? { endpoint: body.endpoint } : {}),
        }),
      ),
  );
  routes.add(
    {
      method: "PUT",
      url: "/api/v1/models/:model/versions/:version/reference",
      tag: "versions",
      summary: "Upload the version's reference (baseline) rows, replacing the previous one",
      description:
        "Columns are features plus optional `label` (or `target`), `prediction`, `score` (binary) or `score.<class>` (multiclass), and `attribution.<feature>` (logged attributions, the baseline of attribution drift). Feature columns the schema lacks are added to it.",
      access: "admin",
      params: versionParams,
      requestBody: {
        "application/json": "an array of row objects",
        "text/csv": "CSV with a header row",
        "application/x-ndjson": "JSON Lines, one row object per line",
        "application/vnd.apache.parquet": "a Parquet file",
      },
      response: versionView.extend({ newFeatures: z.array(z.string()) }),
      errors: [400, 404, 413, 415, 422],
    },
    async ({ params, request }) => {
      store.version(params.model, params.version);
      const format = referenceFormat(request.headers["content-type"]);
      const content =
        format === "json" ? jsonArrayAsLines(request.body) : (request.body as Buffer | undefined);
      if (content === undefined || content.length === 0)
        throw new AppError("TELLTALE_EMPTY_FILE", "the reference body is empty");
      const path = join(
        services.scratchDir,
        `reference-${randomBytes(8).toString("hex")}.${format === "json" ? "jsonl" : format}`,
      );
      await writeFile(path, content);
      try {
        const { version, columns } = await store.putReference(
          params.model,
          params.version,
          { path, format: format === "json" ? "jsonl" : format },
          services.now(),
        );
        const added = featuresFromReference(store.model(params.model), columns);
        if (added.length > 0) await store.addFeatures(params.model, added, services.now());
        return { ...versionToView(version), newFeatures: added.map((f) => f.name) };
      } finally {
        await rm(path, { force: true });
      }
    },
  );
}
