import { z } from "zod";
import { AppError } from "../../errors/app-error.js";
import type { Services } from "../../server/services.js";
import type { RouteTable } from "../route-table.js";
import { createModelBody, modelParams, modelView, patchModelBody } from "../schemas.js";
import { modelToView } from "../views.js";

export function modelRoutes(routes: RouteTable, services: Services): void {
  const { store } = services;
  routes.add(
    {
      method: "POST",
      url: "/api/v1/models",
      tag: "models",
      summary: "Register a model",
      description:
        "Without `features`, the schema is inferred from the first reference or batch; new features are added later.",
      access: "admin",
      body: createModelBody,
      response: modelView,
      status: 201,
      errors: [400, 409],
    },
    async ({ body }) => {
      const names = new Set<string>();
      for (const f of body.features ?? []) {
        if (names.has(f.name)) {
          throw new AppError("TELLTALE_VALIDATION", `body.features: '${f.name}' is listed twice`, {
            feature: f.name,
          });
        }
        names.add(f.name);
      }
      const model = await store.createModel(
        {
          name: body.name,
          task: body.task,
          features: body.features ?? [],
          segments: body.segments ?? [],
          sensitive: body.sensitive ?? [],
          positiveLabel: body.positiveLabel ?? null,
          description: body.description ?? null,
          tags: body.tags ?? [],
          correctionsAsLabels: body.correctionsAsLabels ?? false,
        },
        services.now(),
      );
      return modelToView(model);
    },
  );
  routes.add(
    {
      method: "GET",
      url: "/api/v1/models",
      tag: "models",
      summary: "List models",
      access: "admin",
      response: z.object({ models: z.array(modelView) }),
    },
    async () => ({ models: store.listModels().map(modelToView) }),
  );
  routes.add(
    {
      method: "GET",
      url: "/api/v1/models/:model",
      tag: "models",
      summary: "One model",
      access: "admin",
      params: modelParams,
      response: modelView,
      errors: [404],
    },
    async ({ params }) => modelToView(store.model(params.model)),
  );
  routes.add(
    {
      method: "PATCH",
      url: "/api/v1/models/:model",
      tag: "models",
      summary:
        "Change a model's description, tags, positive label, sensitive attributes, segments or whether corrections become labels",
      access: "admin",
      params: modelParams,
      body: patchModelBody,
      response: modelView,
      errors: [400, 404],
    },
    async ({ params, body }) => {
      const patch = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
      return modelToView(await store.updateModel(params.model, patch, services.now()));
    },
  );
  routes.add(
    {
      method: "DELETE",
      url: "/api/v1/models/:model",
      tag: "models",
      summary: "Delete a model with its versions, references, aliases and stored predictions",
      access: "admin",
      params: modelParams,
      status: 204,
      errors: [404],
    },
    async ({ params }) => {
      store.model(params.model);
      await services.ingest.drainAll();
      await store.deleteModel(params.model);
      return undefined;
    },
  );
}
