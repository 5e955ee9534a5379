import { z } from "zod";
import { AppError } from "../../errors/app-error.js";
import type { Services } from "../../server/services.js";
import type { RouteTable } from "../route-table.js";
import { aliasChangeView, aliasParams, aliasView, modelParams, versionName } from "../schemas.js";
import { aliasChangeToView, aliasToView } from "../views.js";

/** Aliases (`champion`, `challenger`) point at versions; moving one is how a rollback happens, so each move is audited. */
export function aliasRoutes(routes: RouteTable, services: Services): void {
  const { store } = services;
  routes.add(
    {
      method: "PUT",
      url: "/api/v1/models/:model/aliases/:alias",
      tag: "aliases",
      summary: "Point an alias at a version (create or move it)",
      access: "admin",
      params: aliasParams,
      body: z.strictObject({ version: versionName }),
      response: aliasView,
      errors: [400, 404],
    },
    async ({ params, body, caller }) =>
      aliasToView(
        await store.setAlias(params.model, params.alias, body.version, caller.keyId, services.now()),
      ),
  );
  routes.add(
    {
      method: "GET",
      url: "/api/v1/models/:model/aliases",
      tag: "aliases",
      summary: "List a model's aliases",
      access: "admin",
      params: modelParams,
      response: z.object({ aliases: z.array(aliasView) }),
      errors: [404],
    },
    async ({ params }) => ({ aliases: (await store.listAliases(params.model)).map(aliasToView) }),
  );
  routes.add(
    {
      method: "GET",
      url: "/api/v1/models/:model/aliases/:alias",
      tag: "aliases",
      summary: "One alias",
      access: "admin",
      params: aliasParams,
      response: aliasView,
      errors: [404],
    },
    async ({ params }) => {
      const found = (await store.listAliases(params.model)).find((a) => a.alias === params.alias);
      if (!found) {
        throw new AppError("TELLTALE_NOT_FOUND", `model '${params.model}' has no alias '${params.alias}'`);
      }
      return aliasToView(found);
    },
  );
  routes.add(
    {
      method: "DELETE",
      url: "/api/v1/models/:model/aliases/:alias",
      tag: "aliases",
      summary: "Remove an alias",
      access: "admin",
      params: aliasParams,
      status: 204,
      errors: [404],
    },
    async ({ params, caller }) => {
      await store.deleteAlias(params.model, params.alias, caller.keyId, services.now());
      return undefined;
    },
  );
  routes.add(
    {
      method: "GET",
      url: "/api/v1/models/:model/aliases/:alias/history",
      tag: "aliases",
      summary: "Every change of an alias: who (key id) and when",
      access: "admin",
      params: aliasParams,
      response: z.object({ history: z.array(aliasChangeView) }),
      errors: [404],
    },
    async ({ params }) => ({
      history: (await store.aliasHistory(params.model, params.alias)).map(aliasChangeToView),
    }),
  );
}
