import type { FeatureValue } from "@telltale/core";
import { AppError } from "../errors/app-error.js";
import type { EndpointOutput } from "./endpoint-output.js";
import { parsePredictions } from "./parse-predictions.js";
import { postInstances } from "./post-instances.js";

export type { EndpointOutput } from "./endpoint-output.js";
// Explanations import both from here: the client and the reduction of its outputs to scalars.
export { scalarOutputs } from "./scalar-outputs.js";

export interface EndpointOptions {
  /** Instances per request; default 500. */
  readonly batchSize?: number;
  /** Requests in flight at once; default 4. */
  readonly concurrency?: number;
  /** Per request, from sending it to the answer's last byte; default 10 000 ms. */
  readonly timeoutMs?: number;
  /** The whole `predict` call; default 120 000 ms. */
  readonly deadlineMs?: number;
  /** Aborts the call: `predict` rejects with the signal's reason once its requests are aborted. */
  readonly signal?: AbortSignal;
  /** Default: the global fetch (undici). */
  readonly fetch?: typeof fetch;
  /** Called after each answered batch with the rows done so far and the call's total rows. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Largest accepted response body; default 64 MiB, so a garbage endpoint cannot exhaust memory. */
  readonly maxResponseBytes?: number;
}

export const ENDPOINT_DEFAULTS = {
  batchSize: 500,
  concurrency: 4,
  timeoutMs: 10_000,
  deadlineMs: 120_000,
  maxResponseBytes: 64 * 1024 * 1024,
} as const;

function positiveInteger(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1)
    throw new RangeError(`${name} must be a positive integer: ${value}`);
  return value;
}

function positiveMs(name: string, value: number): number {
  if (!(value > 0 && value <= 2_147_483_647))
    throw new RangeError(`${name} must be in (0, 2^31) ms: ${value}`);
  return value;
}

/**
 * The HTTP client for a model version's prediction endpoint (KServe V1 / TF-Serving "predict" style).
 *
 * Request: `POST <url>` with `content-type: application/json` and body
 * `{"instances": [{"<feature>": value, ...}, ...]}`, one object per row with every feature of the model's schema;
 * a value is a number, string, boolean or null (missing, and NaN/±Infinity, travel as null).
 *
 * Response: status 2xx with JSON `{"predictions": [...]}`, exactly one item per instance and in the same order,
 * each either a number (binary: P(positive class); regression: the predicted value) or an object
 * `{"score"?: number | {"<class>": probability}, "prediction"?: label | number}` with at least one of the two.
 *
 * Failures are AppErrors: TELLTALE_ENDPOINT_UNREACHABLE (refused, DNS, reset), TELLTALE_ENDPOINT_TIMEOUT (a request
 * over `timeoutMs` or the call over `deadlineMs`), TELLTALE_ENDPOINT_BAD_RESPONSE (non-2xx, not JSON, wrong shape
 * or count, non-finite numbers, a body over `maxResponseBytes`).
 */
export class ModelEndpoint {
  readonly url: string;
  readonly features: readonly string[];
  private readonly options: EndpointOptions;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly timeoutMs: number;
  private readonly deadlineMs: number;
  private readonly maxResponseBytes: number;
  /** `"<feature>":` for every feature, JSON-escaped once. */
  private readonly keys: readonly string[];

  constructor(url: string, features: readonly string[], options: EndpointOptions = {}) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new AppError(
        "TELLTALE_ENDPOINT_UNREACHABLE",
        `the model endpoint ${JSON.stringify(url)} is not a URL`,
        {
          url,
        },
      );
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
      throw new AppError("TELLTALE_ENDPOINT_UNREACHABLE", `the model endpoint ${url} is not an http(s) URL`, {
        url,
      });
    }
    this.url = url;
    this.features = [...features];
    this.options = options;
    this.batchSize = positiveInteger("batchSize", options.batchSize ?? ENDPOINT_DEFAULTS.batchSize);
    this.concurrency = positiveInteger("concurrency", options.concurrency ?? ENDPOINT_DEFAULTS.concurrency);
    this.timeoutMs = positiveMs("timeoutMs", options.timeoutMs ?? ENDPOINT_DEFAULTS.timeoutMs);
    this.deadlineMs = positiveMs("deadlineMs", options.deadlineMs ?? ENDPOINT_DEFAULTS.deadlineMs);
    this.maxResponseBytes = positiveInteger(
      "maxResponseBytes",
      options.maxResponseBytes ?? ENDPOINT_DEFAULTS.maxResponseBytes,
    );
    this.keys = this.features.map((f) => `${JSON.stringify(f)}:`);
  }

  /** Sends rows (values in `features` order) in batches, at most `concurrency` at once, and returns one output per row in order. */
  async predict(rows: readonly (readonly FeatureValue[])[]): Promise<EndpointOutput[]> {
    rows.forEach((row, i) => {
      if (row.length !== this.features.length) {
        throw new RangeError(`row ${i} has ${row.length} values for ${this.features.length} features`);
      }
    });
    const { signal, onProgress } = this.options;
    if (signal?.aborted) throw signal.reason;
    const total = rows.length;
    const outputs = new Array<EndpointOutput>(total);
    if (total === 0) return outputs;

    const call = new AbortController();
    let failed = false;
    let failure: unknown;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      failure = error;
      call.abort(error);
    };
    const onAbort = () => fail(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    const deadline = setTimeout(
      () =>
        fail(
          new AppError(
            "TELLTALE_ENDPOINT_TIMEOUT",
            `the model endpoint ${this.url} did not answer ${total} rows within the ${this.deadlineMs} ms deadline`,
            { url: this.url, deadlineMs: this.deadlineMs },
          ),
        ),
      this.deadlineMs,
    );

    const batches = Math.ceil(total / this.batchSize);
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (!failed && next < batches) {
        const batch = next++;
        const start = batch * this.batchSize;
        const end = Math.min(total, start + this.batchSize);
        const place = { url: this.url, batch, firstRow: start };
        try {
          const text = await postInstances({
            body: this.requestBody(rows, start, end),
            place,
            timeoutMs: this.timeoutMs,
            maxResponseBytes: this.maxResponseBytes,
            signal: call.signal,
            fetch: this.options.fetch ?? globalThis.fetch,
          });
          if (failed) return;
          parsePredictions(text, end - start, place).forEach((output, i) => {
            outputs[start + i] = output;
          });
          done += end - start;
          onProgress?.(done, total);
        } catch (error) {
          fail(error);
        }
      }
    };
    try {
      // Every worker settles (its request aborted) before the call rejects: nothing is left in flight.
      await Promise.all(Array.from({ length: Math.min(this.concurrency, batches) }, worker));
    } finally {
      clearTimeout(deadline);
      signal?.removeEventListener("abort", onAbort);
    }
    if (failed) throw failure;
    return outputs;
  }

  /** `{"instances":[{...},...]}` for rows [start, end), written directly rather than through per-row objects. */
  private requestBody(rows: readonly (readonly FeatureValue[])[], start: number, end: number): string {
    const instances: string[] = [];
    for (let r = start; r < end; r++) {
      const row = rows[r]!;
      // JSON.stringify writes NaN and ±Infinity as null, the protocol's missing value.
      instances.push(`{${this.keys.map((key, j) => key + JSON.stringify(row[j] ?? null)).join(",")}}`);
    }
    return `{"instances":[${instances.join(",")}]}`;
  }
}
