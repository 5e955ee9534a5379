import { z } from "zod";
import { AppError } from "../../errors/app-error.js";
import type { Services } from "../../server/services.js";
import type { Silence } from "../../store/duckdb/silence-store.js";
import type { RouteTable } from "../route-table.js";
import { instant, modelName } from "../schemas.js";

const iso = (ms: number) => new Date(ms).toISOString();

const silenceView = (s: Silence, now: number) => ({
  ...s,
  startsAt: iso(s.startsAt),
  endsAt: iso(s.endsAt),
  createdAt: iso(s.createdAt),
  state: now < s.startsAt ? "pending" : now < s.endsAt ? "active" : "expired",
});

const silenceResponse = z
  .object({
    id: z.string(),
    matchers: z.record(z.string(), z.string()),
    startsAt: z.string(),
    endsAt: z.string(),
    comment: z.string(),
    state: z.enum(["pending", "active", "expired"]),
  })
  .passthrough();

/** Silences (Alertmanager's): mute notifications of matching alerts for a while; the alerts still change state. */
export function silenceRoutes(routes: RouteTable, services: Services): void {
  routes.add(
    {
      method: "POST",
      url: "/api/v1/silences",
      tag: "alerts",
      summary: "Silence matching alerts from startsAt (default now) until endsAt",
      access: "admin",
      body: z.strictObject({
        matchers: z
          .record(z.string().min(1).max(64), z.string().max(500))
          .refine(
            (m) => Object.keys(m).length > 0,
            "at least one matcher: model, monitor, severity or a label",
          )
          .describe("equality matchers on model, monitor (id), severity and the monitor's labels"),
        startsAt: instant.optional(),
        endsAt: instant,
        comment: z.string().min(1).max(2000),
      }),
      response: silenceResponse,
      status: 201,
      errors: [400],
    },
    async ({ body, caller }) => {
      const now = services.now();
      const startsAt = body.startsAt ?? now;
      if (body.endsAt <= startsAt || body.endsAt <= now) {
        throw new AppError("TELLTALE_VALIDATION", "endsAt must be after startsAt and in the future", {
          startsAt: iso(startsAt),
          endsAt: iso(body.endsAt),
        });
      }
      const silence = await services.silences.create(
        { matchers: body.matchers, startsAt, endsAt: body.endsAt, comment: body.comment },
        caller.keyId,
        now,
      );
      return silenceView(silence, now);
    },
  );
  routes.add(
    {
      method: "GET",
      url: "/api/v1/silences",
      tag: "alerts",
      summary: "Silences, newest first, with their state (pending, active, expired)",
      access: "admin",
      response: z.object({ silences: z.array(silenceResponse) }),
    },
    async () => {
      const now = services.now();
      return { silences: (await services.silences.list()).map((s) => silenceView(s, now)) };
    },
  );
  routes.add(
    {
      method: "DELETE",
      url: "/api/v1/silences/:id",
      tag: "alerts",
      summary: "End a silence now; it stays listed as expired",
      access: "admin",
      params: z.object({ id: z.string().min(1).max(64) }),
      response: silenceResponse,
      errors: [404],
    },
    async ({ params }) => {
      const now = services.now();
      return silenceView(await services.silences.expire(params.id, now), now);
    },
  );
  routes.add(
    {
      method: "GET",
      url: "/api/v1/deliveries",
      tag: "alerts",
      summary: "Notification deliveries, newest first, with their tries and the receiver's last answer",
      access: "admin",
      query: z.object({
        alert: z.string().min(1).max(64).optional().describe("only deliveries about this alert (its id)"),
        channel: z.string().min(1).max(64).optional().describe("only deliveries to this channel (its id)"),
        model: modelName.optional().describe("only deliveries about this model's alerts"),
        limit: z.coerce.number().int().min(1).max(1000).default(100),
      }),
      response: z.object({ deliveries: z.array(z.object({ id: z.string() }).passthrough()) }),
    },
    async ({ query }) => ({
      deliveries: (
        await services.deliveries.list({
          ...(query.alert !== undefined ? { alert: query.alert } : {}),
          ...(query.channel !== undefined ? { channel: query.channel } : {}),
          ...(query.model !== undefined ? { model: query.model } : {}),
          limit: query.limit,
        })
      ).map((d) => ({
        ...d,
        nextAttemptAt: d.nextAttemptAt === null ? null : iso(d.nextAttemptAt),
        createdAt: iso(d.createdAt),
        updatedAt: iso(d.updatedAt),
      })),
    }),
  );
}
