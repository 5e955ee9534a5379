import { z } from "zod";
import type { AnyRouteSpec } from "./route-table.js";

const ERROR_TEXT: Record<number, string> = {
  400: "malformed request",
  401: "missing or unknown API key",
  403: "the key's scope does not allow this call",
  404: "no such model, version or resource",
  409: "conflicts with the current state",
  413: "body over 16 MB",
  415: "unsupported content type",
  422: "well-formed but cannot be processed",
};

type JsonSchema = Record<string, unknown>;

function schemaOf(type: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _, ...schema } = z.toJSONSchema(type, { io, unrepresentable: "any" }) as JsonSchema;
  return schema;
}

function parameters(type: z.ZodType | undefined, where: "path" | "query"): JsonSchema[] {
  if (!type) return [];
  const schema = schemaOf(type, "input");
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || required.has(name),
    ...(typeof property.description === "string" ? { description: property.description } : {}),
    schema: property,
  }));
}

/** The OpenAPI 3.1 document of every declared route, built from the same zod schemas that validate requests. */
export function openApiDocument(specs: readonly AnyRouteSpec[], version: string): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const path = spec.url.replace(/:([A-Za-z]+)/g, "{$1}");
    const errors = [...(spec.access === "none" ? [] : [401, 403]), ...(spec.errors ?? [])];
    const content: Record<string, unknown> = {};
    if (spec.body) content["application/json"] = { schema: schemaOf(spec.body, "input") };
    for (const [type, description] of Object.entries(spec.requestBody ?? {})) {
      content[type] = { schema: { description } };
    }
    paths[path] ??= {};
    paths[path][spec.method.toLowerCase()] = {
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      tags: [spec.tag],
      ...(spec.access === "none" ? { security: [] } : {}),
      "x-telltale-access": spec.access,
      parameters: [...parameters(spec.params, "path"), ...parameters(spec.query, "query")],
      ...(Object.keys(content).length > 0 ? { requestBody: { required: true, content } } : {}),
      responses: {
        [String(spec.status ?? 200)]: {
          description: "success",
          ...(spec.response
            ? {
                content: {
                  [spec.responseContentType ?? "application/json"]: {
                    schema: schemaOf(spec.response, "output"),
                  },
                },
              }
            : spec.responseContentType
              ? { content: { [spec.responseContentType]: {} } }
              : {}),
        },
        ...Object.fromEntries(
          [...new Set(errors)].sort().map((status) => [
            String(status),
            {
              description: ERROR_TEXT[status] ?? "error",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
            },
          ]),
        ),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Telltale API",
      version,
      description:
        "Monitor ML models in production: registry, ingest, labels, drift and performance over time.",
    },
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "an admin or ingest key" } },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: {
                code: { type: "string" },
                message: { type: "string" },
                details: { type: "object" },
              },
            },
          },
        },
      },
    },
    paths,
  };
}
