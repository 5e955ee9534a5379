import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { PredictionRecord } from "@telltale/core";
import { afterEach, beforeEach } from "vitest";
import { Telltale } from "./telltale.js";
import type { TelltaleOptions } from "./telltale-options.js";

export const API_KEY = "sdk-test-key";

type Kind = "predictions" | "labels";

/** What the server does with one upcoming request, in the order the faults were queued. */
type Fault =
  | { readonly type: "status"; readonly status: number; readonly headers: Record<string, string> }
  | { readonly type: "drop" }
  | { readonly type: "delay"; readonly ms: number };

export interface ReceivedRequest {
  readonly kind: Kind | undefined;
  readonly model: string | undefined;
  readonly ids: readonly string[];
  readonly records: readonly Record<string, unknown>[];
  /** 0 when the socket was destroyed without an answer. */
  readonly status: number;
  /** performance.now() when the request arrived. */
  readonly at: number;
}

/**
 * A stand-in for Telltale's ingest endpoints on a real 127.0.0.1 socket: it stores records by id (so a resent
 * batch yields duplicates, as the real server does), and can fail, delay, lose answers, stop and restart.
 */
export class IngestServer {
  readonly predictions = new Map<string, Record<string, unknown>>();
  readonly labels = new Map<string, Record<string, unknown>>();
  readonly requests: ReceivedRequest[] = [];
  readonly maxConcurrent: Record<Kind, number> = { predictions: 0, labels: 0 };
  readonly #active: Record<Kind, number> = { predictions: 0, labels: 0 };
  #faults: Fault[] = [];
  #server: Server | undefined;
  #port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.#port}`;
  }

  get running(): boolean {
    return this.#server !== undefined;
  }

  /** Listens on an ephemeral port the first time, and on that same port after `stop()`. */
  async start(): Promise<void> {
    const server = createServer((req, res) => void this.#handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.#port, "127.0.0.1", () => resolve());
    });
    this.#port = (server.address() as AddressInfo).port;
    this.#server = server;
  }

  /** Closes the socket and every open connection, so clients see connection refused until `start()`. */
  async stop(): Promise<void> {
    const server = this.#server;
    if (server === undefined) return;
    this.#server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }

  /** The next `count` requests get `status` with an error body (and `headers`, e.g. retry-after). */
  failNext(count: number, status: number, headers: Record<string, string> = {}): void {
    for (let i = 0; i < count; i++) this.#faults.push({ type: "status", status, headers });
  }

  /** The next `count` requests are stored, then their connection is destroyed before the answer. */
  dropAnswerNext(count: number): void {
    for (let i = 0; i < count; i++) this.#faults.push({ type: "drop" });
  }

  /** The next `count` requests are handled normally after waiting `ms`. */
  delayNext(count: number, ms: number): void {
    for (let i = 0; i < count; i++) this.#faults.push({ type: "delay", ms });
  }

  /** Ids of every request of `kind` that was stored (answered 200, or stored and its answer lost), in order. */
  storedIds(kind: Kind = "predictions"): string[] {
    return this.requests
      .filter((r) => r.kind === kind && (r.status === 200 || r.status === 0))
      .flatMap((r) => r.ids);
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const match = /^\/api\/v1\/models\/([^/]+)\/(predictions|labels)$/.exec(req.url ?? "");
    const kind = match?.[2] as Kind | undefined;
    const model = match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
    let records: Record<string, unknown>[] = [];
    try {
      records = (JSON.parse(Buffer.concat(chunks).toString("utf8")) as { records: typeof records }).records;
    } catch {
      // Left empty: answered 400 below.
    }
    const log = (status: number) =>
      this.requests.push({ kind, model, ids: records.map((r) => String(r.id)), records, status, at });

    if (kind === undefined) return answer(res, log, 404, error("TELLTALE_NOT_FOUND", "no such route"));
    if (req.headers.authorization !== `Bearer ${API_KEY}`) {
      return answer(res, log, 401, error("TELLTALE_UNAUTHORIZED", "missing or wrong API key"));
    }
    if (req.headers["content-type"] !== "application/json" || !Array.isArray(records)) {
      return answer(res, log, 400, error("TELLTALE_BAD_REQUEST", "expected {records: [...]}"));
    }
    const fault = this.#faults.shift();
    if (fault?.type === "status") {
      return answer(res, log, fault.status, error("TELLTALE_INJECTED", "injected fault"), fault.headers);
    }
    this.#active[kind]++;
    this.maxConcurrent[kind] = Math.max(this.maxConcurrent[kind], this.#active[kind]);
    try {
      if (fault?.type === "delay") await new Promise((resolve) => setTimeout(resolve, fault.ms));
      const body = kind === "predictions" ? this.#storePredictions(records) : this.#storeLabels(records);
      if (fault?.type === "drop") {
        log(0);
        res.socket?.destroy();
        return;
      }
      answer(res, log, 200, body);
    } finally {
      this.#active[kind]--;
    }
  }

  #storePredictions(records: readonly Record<string, unknown>[]) {
    let accepted = 0;
    let duplicates = 0;
    const rejected: { index: number; id: string; code: string; message: string }[] = [];
    records.forEach((record, index) => {
      const id = String(record.id);
      if (typeof record.version !== "string") {
        rejected.push({ index, id, code: "TELLTALE_MISSING_VERSION", message: "version is required" });
      } else if (this.predictions.has(id)) {
        duplicates++;
      } else {
        this.predictions.set(id, record);
        accepted++;
      }
    });
    return { accepted, duplicates, rejected };
  }

  #storeLabels(records: readonly Record<string, unknown>[]) {
    let matched = 0;
    let pending = 0;
    for (const record of records) {
      const id = String(record.id);
      this.labels.set(id, record);
      if (this.predictions.has(id)) matched++;
      else pending++;
    }
    return { matched, pending, rejected: [] };
  }
}

function error(code: string, message: string) {
  return { error: { code, message, details: {} } };
}

function answer(
  res: ServerResponse,
  log: (status: number) => void,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  log(status);
  if (res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

/** A fresh running IngestServer for each test, stopped after it. */
export function useIngestServer(): () => IngestServer {
  let server: IngestServer | undefined;
  beforeEach(async () => {
    server = new IngestServer();
    await server.start();
  });
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });
  return () => {
    if (server === undefined) throw new Error("useIngestServer: no server outside a test");
    return server;
  };
}

/** A client of `server` with test-speed backoff and a timer long enough that only the test decides when to send. */
export function clientFor(server: IngestServer, options: Partial<TelltaleOptions> = {}): Telltale {
  return new Telltale({
    url: server.url,
    apiKey: API_KEY,
    model: "churn",
    flushIntervalMs: 60_000,
    backoffBaseMs: 5,
    backoffCapMs: 50,
    ...options,
  });
}

export function prediction(id: string, extra: Partial<PredictionRecord> = {}): PredictionRecord {
  return { id, version: "v1", features: { age: 30, plan: "pro" }, prediction: 1, score: 0.8, ...extra };
}

export const ids = (from: number, to: number): string[] =>
  Array.from({ length: to - from }, (_, i) => `p${from + i}`);
