import { afterAll, beforeAll } from "vitest";
import { loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { type RunningServer, type StartOptions, startServer } from "../server/start-server.js";

export const ADMIN_KEY = "test-admin-key-0123456789";

export interface ApiAnswer<T = any> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

export interface TestApi {
  readonly server: () => RunningServer;
  readonly url: () => string;
  call<T = any>(
    method: string,
    path: string,
    options?: { body?: unknown; type?: string; key?: string | null },
  ): Promise<ApiAnswer<T>>;
}

/** A real server on an ephemeral 127.0.0.1 port with an in-memory store, started once per test file. */
export function useTestServer(options: Partial<StartOptions> = {}): TestApi {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      config: loadConfig({}, { port: "0", host: "127.0.0.1", adminKey: ADMIN_KEY, logLevel: "silent" }),
      dataDir: null,
      logger: createLogger("silent"),
      ...options,
    });
  });
  afterAll(async () => {
    await server.close();
  });
  return {
    server: () => server,
    url: () => server.url,
    async call(method, path, { body, type, key } = {}) {
      const headers: Record<string, string> = {};
      if (key !== null) headers.authorization = `Bearer ${key ?? ADMIN_KEY}`;
      let payload: string | Uint8Array | undefined;
      if (body !== undefined) {
        headers["content-type"] = type ?? "application/json";
        payload = typeof body === "string" || body instanceof Uint8Array ? body : JSON.stringify(body);
      }
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers,
        ...(payload !== undefined ? { body: payload } : {}),
      });
      const text = await response.text();
      let parsed: unknown = text;
      if ((response.headers.get("content-type") ?? "").includes("json") && text !== "")
        parsed = JSON.parse(text);
      return { status: response.status, body: parsed as any, headers: response.headers };
    },
  };
}
