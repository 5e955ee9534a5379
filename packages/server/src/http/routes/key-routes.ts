import { z } from "zod";
import type { Services } from "../../server/services.js";
import type { RouteTable } from "../route-table.js";
import { keyView } from "../schemas.js";
import { keyToView } from "../views.js";

export function keyRoutes(routes: RouteTable, services: Services): void {
  routes.add(
    {
      method: "POST",
      url: "/api/v1/keys",
      tag: "keys",
      summary: "Create an API key",
      description:
        "The secret is in this answer only; the server keeps its hash. Ingest keys can only write predictions and labels.",
      access: "admin",
      body: z.strictObject({ name: z.string().min(1).max(100), scope: z.enum(["admin", "ingest"]) }),
      response: keyView.extend({ key: z.string().describe("the secret; shown once") }),
      status: 201,
      errors: [400],
    },
    async ({ body, caller }) => {
      const { key, secret } = await services.keys.create(body, caller.keyId, services.now());
      return { ...keyToView(key), key: secret };
    },
  );
  routes.add(
    {
      method: "GET",
      url: "/api/v1/keys",
      tag: "keys",
      summary: "List API keys (never their secrets)",
      access: "admin",
      response: z.object({ keys: z.array(keyView) }),
    },
    async () => ({ keys: (await services.keys.list()).map(keyToView) }),
  );
  routes.add(
    {
      method: "DELETE",
      url: "/api/v1/keys/:id",
      tag: "keys",
      summary: "Revoke an API key",
      access: "admin",
      params: z.object({ id: z.string().min(1).max(64) }),
      status: 204,
      errors: [404],
    },
    async ({ params }) => {
      await services.keys.revoke(params.id, services.now());
      return undefined;
    },
  );
}
