import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface LocalServer {
  readonly url: string;
  /** Requests received so far, with their parsed JSON bodies. */
  readonly bodies: unknown[];
  readonly stats: { inFlight: number; maxInFlight: number; requests: number; closedEarly: number };
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

/**
 * A real node:http server on an ephemeral 127.0.0.1 port that counts requests in flight and the ones whose
 * connection closed before the answer was finished (the client aborted).
 */
export async function startLocalServer(handler: Handler): Promise<LocalServer> {
  const stats = { inFlight: 0, maxInFlight: 0, requests: 0, closedEarly: 0 };
  const bodies: unknown[] = [];
  const server = createServer((req, res) => {
    stats.requests++;
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    res.on("close", () => {
      stats.inFlight--;
      if (!res.writableFinished) stats.closedEarly++;
    });
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      try {
        bodies.push(JSON.parse(body));
      } catch {
        bodies.push(body);
      }
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/predict`,
    bodies,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Answers `{"predictions": ...}` as JSON. */
export function answer(res: ServerResponse, predictions: unknown, status = 200): void {
  const text = JSON.stringify({ predictions });
  res.writeHead(status, { "content-type": "application/json" });
  res.end(text);
}

export const instancesOf = (body: string): Record<string, unknown>[] =>
  (JSON.parse(body) as { instances: Record<string, unknown>[] }).instances;
