import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { FeatureValue } from "@telltale/core";

export interface ServeModelOptions {
  /** Default 0: an ephemeral port. */
  readonly port?: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Largest accepted request body; default 32 MiB. */
  readonly maxBodyBytes?: number;
}

export interface ServedModel {
  /** The endpoint to register on a version: `http://<host>:<port>/predict`. */
  readonly url: string;
  /** Stops listening and drops open (keep-alive) connections. */
  close(): Promise<void>;
}

export type ServedPredict = (instances: Record<string, FeatureValue>[]) => unknown[] | Promise<unknown[]>;

const PATH = "/predict";

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function readRequest(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers["content-length"]) > limit) {
      reject(new HttpFailure(413, `the body is larger than ${limit} bytes`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Drain the rest unbuffered so the client can read the 413 instead of a reset.
        req.off("data", onData);
        req.resume();
        reject(new HttpFailure(413, `the body is larger than ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

const isFeatureValue = (v: unknown): v is FeatureValue =>
  v === null ||
  typeof v === "string" ||
  typeof v === "boolean" ||
  (typeof v === "number" && Number.isFinite(v));

function parseInstances(text: string): Record<string, FeatureValue>[] {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpFailure(400, "the body is not JSON");
  }
  const instances = (body as { instances?: unknown } | null)?.instances;
  if (!Array.isArray(instances)) throw new HttpFailure(400, 'expected {"instances": [...]}');
  instances.forEach((x: unknown, i) => {
    if (typeof x !== "object" || x === null || Array.isArray(x) || !Object.values(x).every(isFeatureValue)) {
      throw new HttpFailure(400, `instance ${i} is not an object of numbers, strings, booleans and nulls`);
    }
  });
  return instances as Record<string, FeatureValue>[];
}

/**
 * Serves `predict` over the endpoint wire protocol (see ModelEndpoint) on a real node:http server: POST /predict
 * answers {"predictions": predict(instances)}; 404 elsewhere, 405 for other methods, 400 for a bad body, 413 past
 * the body limit, 500 when `predict` throws.
 */
export async function serveModel(
  predict: ServedPredict,
  options: ServeModelOptions = {},
): Promise<ServedModel> {
  const limit = options.maxBodyBytes ?? 32 * 1024 * 1024;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path !== PATH) {
      send(res, 404, { error: `no route ${path}: POST ${PATH}` });
      return;
    }
    if (req.method !== "POST") {
      res.setHeader("allow", "POST");
      send(res, 405, { error: `POST ${PATH}, not ${req.method}` });
      return;
    }
    readRequest(req, limit)
      .then(async (text) => {
        const instances = parseInstances(text);
        let predictions: unknown[];
        try {
          predictions = await predict(instances);
        } catch (error) {
          throw new HttpFailure(500, error instanceof Error ? error.message : String(error));
        }
        send(res, 200, { predictions });
      })
      .catch((error: unknown) => {
        if (res.headersSent || res.destroyed) return;
        const status = error instanceof HttpFailure ? error.status : 500;
        if (status === 413) res.setHeader("connection", "close");
        send(res, status, { error: error instanceof Error ? error.message : String(error) });
      });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}${PATH}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
