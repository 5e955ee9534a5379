import { type BusinessMetricDefinition, businessNameCheck, compileBusinessMetric } from "@telltale/core";
import { z } from "zod";
import { modelSpec } from "../../analysis/model-spec.js";
import { AppError } from "../../errors/app-error.js";
import type { Services } from "../../server/services.js";
import type { RouteTable } from "../route-table.js";
import { modelName, modelParams } from "../schemas.js";

const businessMetricBody = z.strictObject({
  name: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,63}$/, "names use lowercase letters, digits and '_', starting with a letter"),
  expression: z.string().min(1).max(1000).describe("e.g. `50 * fn + 2 * fp`"),
  unit: z.string().max(32).nullable().optional().describe("e.g. USD"),
  better: z.enum(["lower", "higher"]).default("higher").describe("which way is good: a cost is better lower"),
  description: z.string().max(2000).nullable().optional(),
});

const businessMetricView = z.object({
  name: z.string(),
  expression: z.string(),
  unit: z.string().nullable(),
  better: z.enum(["lower", "higher"]),
  description: z.string().nullable(),
  metric: z.string().describe("its time-series name: business.<name>"),
});

const view = (b: BusinessMetricDefinition) => ({
  name: b.name,
  expression: b.expression,
  unit: b.unit ?? null,
  better: b.better ?? "higher",
  description: b.description ?? null,
  metric: `business.${b.name}`,
});

/** Business metrics: a model's own metrics over Telltale's per-window quantities, e.g. a fraud cost. */
export function businessRoutes(routes: RouteTable, services: Services): void {
  const { store } = services;
  routes.add(
    {
      method: "POST",
      url: "/api/v1/models/:model/business-metrics",
      tag: "models",
      summary: "Define a business metric over per-window quantities, e.g. `50 * fn + 2 * fp`",
      description:
        "The expression combines the window's quantities — `count`, `labelled`; binary `tp fp tn fn`; multiclass `tp.<class>` …; `prediction.sum|mean`, `score.sum|mean`, `label.sum|mean`; regression `error`, `absError` (sums over labelled rows) and their `.mean` — with numbers, `+ - * /`, comparisons (1 or 0), parentheses, `min`, `max`, `abs` and `if(condition, then, else)`. Division by zero gives null. A bad expression answers 400 TELLTALE_BAD_EXPRESSION with the offending token's position. The metric is then `business.<name>` wherever metrics are: time series, monitors, reports.",
      access: "admin",
      params: modelParams,
      body: businessMetricBody,
      response: businessMetricView,
      status: 201,
      errors: [400, 404, 409],
    },
    async ({ params, body }) => {
      const model = store.model(params.model);
      if (model.business.some((b) => b.name === body.name)) {
        throw new AppError(
          "TELLTALE_CONFLICT",
          `model '${model.name}' already has a business metric '${body.name}': delete it first to change it`,
          { model: model.name, name: body.name },
        );
      }
      const definition: BusinessMetricDefinition = {
        name: body.name,
        expression: body.expression,
        unit: body.unit ?? null,
        better: body.better,
        description: body.description ?? null,
      };
      compileBusinessMetric(modelSpec(model), definition);
      await store.setBusinessMetrics(model.name, [...model.business, definition], services.now());
      return view(definition);
    },
  );
  routes.add(
    {
      method: "GET",
      url: "/api/v1/models/:model/business-metrics",
      tag: "models",
      summary: "A model's business metrics, and the quantities their expressions may read",
      access: "admin",
      params: modelParams,
      errors: [404],
    },
    async ({ params }) => {
      const model = store.model(params.model);
      const check = businessNameCheck(modelSpec(model));
      return {
        metrics: model.business.map(view),
        quantities: Array.isArray(check) ? check : (check as { names: readonly string[] }).names,
      };
    },
  );
  routes.add(
    {
      method: "DELETE",
      url: "/api/v1/models/:model/business-metrics/:name",
      tag: "models",
      summary: "Delete a business metric",
      access: "admin",
      params: z.object({ model: modelName, name: z.string().min(1).max(64) }),
      status: 204,
      errors: [404],
    },
    async ({ params }) => {
      const model = store.model(params.model);
      if (!model.business.some((b) => b.name === params.name)) {
        throw new AppError(
          "TELLTALE_NOT_FOUND",
          `model '${model.name}' has no business metric '${params.name}'`,
          {
            model: model.name,
            name: params.name,
          },
        );
      }
      await store.setBusinessMetrics(
        model.name,
        model.business.filter((b) => b.name !== params.name),
        services.now(),
      );
      return undefined;
    },
  );
}
