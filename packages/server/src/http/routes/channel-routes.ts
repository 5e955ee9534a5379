import { z } from "zod";
import { AppError } from "../../errors/app-error.js";
import {
  type ChannelConfig,
  channelConfigSchema,
  redactChannelConfig,
} from "../../notify/channels/channel-config.js";
import type { Notification } from "../../notify/notification.js";
import type { Services } from "../../server/services.js";
import type { StoredChannel } from "../../store/duckdb/channel-store.js";
import type { RouteTable } from "../route-table.js";

const iso = (ms: number) => new Date(ms).toISOString();

/** A channel as the API shows it: secrets are write-only. */
const channelView = (c: StoredChannel) => ({
  id: c.id,
  name: c.name,
  type: c.config.type,
  config: redactChannelConfig(c.config as ChannelConfig),
  createdAt: iso(c.createdAt),
  createdBy: c.createdBy,
});

const channelResponse = z
  .object({ id: z.string(), name: z.string(), type: z.string(), config: z.record(z.string(), z.unknown()) })
  .passthrough();

const channelParams = z.object({ id: z.string().min(1).max(64) });

/** A message that says it is a test, in the shape real notifications have. */
function testNotification(services: Services, channel: StoredChannel): Notification {
  const url = services.externalUrl();
  const now = iso(services.now());
  return {
    groupKey: `test/${channel.id}`,
    status: "firing",
    model: "telltale-test",
    monitor: { id: "test", name: `Test notification for channel ${channel.name}` },
    severity: "warning",
    externalUrl: url,
    test: true,
    alerts: [
      {
        fingerprint: "0000000000000000",
        status: "firing",
        labels: { alertname: "TelltaleTest", model: "telltale-test", severity: "warning" },
        annotations: {
          summary: "Telltale test notification",
          description: "If you can read this, the channel works.",
        },
        startsAt: now,
        endsAt: null,
        model: "telltale-test",
        version: null,
        metric: "count",
        value: null,
        threshold: null,
        dashboardUrl: `${url}/api/v1/alerts`,
      },
    ],
  };
}

/** Notification channels: webhook, Slack, email, PagerDuty, SMS. */
export function channelRoutes(routes: RouteTable, services: Services): void {
  routes.add(
    {
      method: "POST",
      url: "/api/v1/channels",
      tag: "channels",
      summary: "Create a notification channel; its secrets are never returned",
      access: "admin",
      body: z.strictObject({ name: z.string().min(1).max(200), config: channelConfigSchema }),
      response: channelResponse,
      status: 201,
      errors: [400],
    },
    async ({ body, caller }) =>
      channelView(await services.channels.create(body.name, body.config, caller.keyId, services.now())),
  );
  routes.add(
    {
      method: "GET",
      url: "/api/v1/channels",
      tag: "channels",
      summary: "List channels, secrets redacted",
      access: "admin",
      response: z.object({ channels: z.array(channelResponse) }),
    },
    async () => ({ channels: (await services.channels.list()).map(channelView) }),
  );
  routes.add(
    {
      method: "GET",
      url: "/api/v1/channels/:id",
      tag: "channels",
      summary: "One channel, secrets redacted",
      access: "admin",
      params: channelParams,
      response: channelResponse,
      errors: [404],
    },
    async ({ params }) => channelView(await services.channels.get(params.id)),
  );
  routes.add(
    {
      method: "DELETE",
      url: "/api/v1/channels/:id",
      tag: "channels",
      summary: "Delete a channel",
      access: "admin",
      params: channelParams,
      status: 204,
      errors: [404, 409],
    },
    async ({ params }) => {
      await services.channels.get(params.id);
      const users = (await services.monitors.all()).filter((m) => m.channels.includes(params.id));
      if (users.length > 0) {
        throw new AppError(
          "TELLTALE_CONFLICT",
          `channel '${params.id}' is used by monitors ${users.map((m) => `'${m.id}'`).join(", ")}: take it off them first`,
          { monitors: users.map((m) => m.id) },
        );
      }
      await services.channels.delete(params.id);
      return undefined;
    },
  );
  routes.add(
    {
      method: "POST",
      url: "/api/v1/channels/:id/test",
      tag: "channels",
      summary: "Send a test message now and return the receiver's answer",
      access: "admin",
      params: channelParams,
      response: z.object({ ok: z.boolean(), status: z.number(), response: z.string() }),
      errors: [404],
    },
    async ({ params }) => {
      const channel = await services.channels.get(params.id);
      try {
        return await services.send(channel.id, testNotification(services, channel));
      } catch (error) {
        return { ok: false, status: 0, response: error instanceof Error ? error.message : String(error) };
      }
    },
  );
}
