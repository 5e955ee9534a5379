import { z } from "zod";
import { actionSchema, actionView } from "../../actions/action-spec.js";
import { AppError } from "../../errors/app-error.js";
import type { Services } from "../../server/services.js";
import type { RouteTable } from "../route-table.js";
import { modelName } from "../schemas.js";

const actionParams = z.object({ model: modelName, id: z.string().min(1).max(64) });
const actionResponse = z.object({ id: z.string(), type: z.string() }).passthrough();

/** Automatic remediation: actions a monitor runs when its alert starts firing. */
export function actionRoutes(routes: RouteTable, services: Services): void {
  routes.add(
    {
      method: "POST",
      url: "/api/v1/models/:model/actions",
      tag: "actions",
      summary:
        "Create an action for monitors to run when they fire: roll back an alias, call a webhook, or trigger retraining",
      description:
        "`retrain` posts to the training pipeline (as `webhook` does, signed with `secret` when given) the model, version, monitor and alert, and `export`: a signed link to the window's rows (`export.format`, labelled rows only unless `export.labelled` is false) that expires after `export.expiresIn` and needs no API key. With `schedule` it also runs on that period without an alert. When the pipeline then registers a version, Telltale compares it with the current one on the same window (see `GET …/comparisons`).",
      access: "admin",
      params: z.object({ model: modelName }),
      body: actionSchema,
      response: actionResponse,
      status: 201,
      errors: [400, 404],
    },
    async ({ params, body, caller }) =>
      actionView(await services.actions.create(params.model, body, caller.keyId, services.now())),
  );
  routes.add(
    {
      method: "GET",
      url: "/api/v1/models/:model/actions",
      tag: "actions",
      summary: "A model's actions",
      access: "admin",
      params: z.object({ model: modelName }),
      response: z.object({ actions: z.array(actionResponse) }),
      errors: [404],
    },
    async ({ params }) => ({ actions: (await services.actions.list(params.model)).map(actionView) }),
  );
  routes.add(
    {
      method: "DELETE",
      url: "/api/v1/models/:model/actions/:id",
      tag: "actions",
      summary: "Delete an action and its runs",
      access: "admin",
      params: actionParams,
      status: 204,
      errors: [404, 409],
    },
    async ({ params }) => {
      await services.actions.get(params.model, params.id);
      const users = (await services.monitors.list(params.model)).filter((m) => m.actions.includes(params.id));
      if (users.length > 0) {
        throw new AppError(
          "TELLTALE_CONFLICT",
          `action '${params.id}' is used by monitors ${users.map((m) => `'${m.id}'`).join(", ")}: take it off them first`,
          { monitors: users.map((m) => m.id) },
        );
      }
      await services.actions.delete(params.model, params.id);
      return undefined;
    },
  );
  routes.add(
    {
      method: "GET",
      url: "/api/v1/models/:model/actions/:id/runs",
      tag: "actions",
      summary:
        "Every run of an action, newest first: done, dry-run, failed or skipped (cooldown, already ran)",
      access: "admin",
      params: actionParams,
      response: z.object({ runs: z.array(z.object({ id: z.string() }).passthrough()) }),
      errors: [404],
    },
    async ({ params }) => {
      const action = await services.actions.get(params.model, params.id);
      return {
        runs: (await services.actions.runs(action)).map((r) => ({ ...r, at: new Date(r.at).toISOString() })),
      };
    },
  );
}
