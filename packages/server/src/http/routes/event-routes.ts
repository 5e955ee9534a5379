import type { ModelEvent } from "../../events/event-hub.js";
import type { Services } from "../../server/services.js";
import type { RouteTable } from "../route-table.js";
import { modelParams } from "../schemas.js";

export const HEARTBEAT_MS = 15_000;

/** One SSE frame; `data` is JSON on one line, so no line of it can end the frame early. */
export function sseFrame(event: ModelEvent, id?: number): string {
  return `${id !== undefined ? `id: ${id}\n` : ""}event: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

export function eventRoutes(
  routes: RouteTable,
  services: Services,
  heartbeatMs: number = HEARTBEAT_MS,
): void {
  // Open streams never finish on their own; shutdown ends them so the server can close.
  const open = new Set<() => void>();
  routes.onClose(() => {
    for (const end of [...open]) end();
  });
  routes.add(
    {
      method: "GET",
      url: "/api/v1/models/:model/events",
      tag: "live",
      summary:
        "Server-Sent Events: `ingest` per committed batch with its counts and a running summary, `alert` per alert change",
      description:
        "An `alert` event `{id, monitorId, state, value, at}` follows each change of one of the model's alerts " +
        "(`pending`, `firing`, `resolved`, or `ok` when a pending alert clears), once the change is stored: `id` is " +
        "the alert's, `at` the evaluated instant, `value` the metric's value then. A `heartbeat` event every 15 s " +
        "keeps proxies from closing an idle stream.",
      access: "admin",
      params: modelParams,
      responseContentType: "text/event-stream",
      errors: [404],
    },
    async ({ params, reply }) => {
      services.store.model(params.model);
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      let sequence = 0;
      raw.write(sseFrame({ type: "ready", data: { model: params.model } }, sequence++));
      const unsubscribe = services.events.subscribe(params.model, (event) =>
        raw.write(sseFrame(event, sequence++)),
      );
      const heartbeat = setInterval(
        () =>
          raw.write(sseFrame({ type: "heartbeat", data: { at: new Date(services.now()).toISOString() } })),
        heartbeatMs,
      );
      // Ending a stream closes its socket too: it would otherwise linger as a keep-alive and hold shutdown.
      const end = () => {
        clearInterval(heartbeat);
        unsubscribe();
        open.delete(end);
        if (!raw.writableEnded) raw.end(() => raw.socket?.destroy());
      };
      open.add(end);
      raw.on("close", end);
    },
  );
}
