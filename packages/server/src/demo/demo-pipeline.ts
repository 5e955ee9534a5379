import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { ServedModel } from "../endpoint/serve-model.js";
import {
  ADULT_CATEGORICAL,
  ADULT_NEGATIVE,
  ADULT_NUMERICAL,
  ADULT_POSITIVE,
  type AdultRecord,
} from "./adult-record.js";
import type { DemoModels, DemoModelVersion } from "./train-demo-models.js";

/** What the demo's training pipeline did with the trigger it received. */
export interface PipelineOutcome {
  readonly version: string;
  readonly exportedRows: number;
  readonly comparison: string | null;
}

export interface DemoPipeline {
  /** Where a `retrain` action posts. */
  readonly url: string;
  /** Resolves once the first trigger has been answered by a registered version (or rejects if that failed). */
  readonly outcome: Promise<PipelineOutcome>;
  close(): Promise<void>;
}

/** An exported JSON line as the Adult record it came from; null when its label is not one of Adult's two. */
export function adultRecordOf(row: Readonly<Record<string, unknown>>): AdultRecord | null {
  if (row.label !== ADULT_POSITIVE && row.label !== ADULT_NEGATIVE) return null;
  const record: Record<string, unknown> = { income: row.label };
  for (const name of ADULT_NUMERICAL) record[name] = typeof row[name] === "number" ? row[name] : null;
  for (const name of ADULT_CATEGORICAL) record[name] = typeof row[name] === "string" ? row[name] : null;
  return record as AdultRecord;
}

/**
 * A stand-in for a team's training pipeline, so the demo closes the loop for real: on the first `retrain` call it
 * downloads the export through the signed link in the payload (no API key), retrains v1's recipe with those
 * labelled production rows added, serves the new version behind a prediction endpoint and registers it with its
 * benchmark, which makes Telltale compare it with the monitored version. Later calls are acknowledged only.
 */
export async function startDemoPipeline(options: {
  readonly url: string;
  readonly key: string;
  readonly model: string;
  readonly models: DemoModels;
  readonly serve: (version: DemoModelVersion) => Promise<ServedModel>;
}): Promise<DemoPipeline> {
  let settle: { resolve(o: PipelineOutcome): void; reject(e: unknown): void } | undefined;
  const outcome = new Promise<PipelineOutcome>((resolve, reject) => {
    settle = { resolve, reject };
  });
  outcome.catch(() => undefined);
  let served: ServedModel | undefined;
  let triggered = false;
  let closed = false;

  async function retrain(payload: { export?: { url?: string } }): Promise<PipelineOutcome> {
    const link = payload.export?.url;
    if (link === undefined) throw new Error("the retrain payload has no export link");
    const response = await fetch(link);
    if (!response.ok) throw new Error(`export download: HTTP ${response.status}`);
    const text = await response.text();
    const rows = text
      .split("\n")
      .filter((line) => line.length > 0)
      .map((line) => adultRecordOf(JSON.parse(line) as Record<string, unknown>))
      .filter((r): r is AdultRecord => r !== null);
    const version = options.models.retrain("v3", rows);
    // Stopped while training: serve nothing, or the endpoint would keep the process alive.
    if (closed) throw new Error("the demo stopped before the retrained version was registered");
    served = await options.serve(version);
    if (closed) {
      await served.close();
      throw new Error("the demo stopped before the retrained version was registered");
    }
    const answer = await fetch(`${options.url}/api/v1/models/${options.model}/versions`, {
      method: "POST",
      headers: { authorization: `Bearer ${options.key}`, "content-type": "application/json" },
      body: JSON.stringify({
        version: version.version,
        description: version.description,
        endpoint: served.url,
        tags: ["retrained", `${rows.length} exported rows`],
        metrics: Object.fromEntries(
          Object.entries(version.benchmark).filter(
            (e): e is [string, number] => e[0] !== "rows" && e[1] !== null,
          ),
        ),
      }),
    });
    if (!answer.ok)
      throw new Error(`registering ${version.version}: HTTP ${answer.status} ${await answer.text()}`);
    const body = (await answer.json()) as { comparison?: { id: string } };
    return { version: version.version, exportedRows: rows.length, comparison: body.comparison?.id ?? null };
  }

  const server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      body += chunk;
    });
    request.on("end", () => {
      response.writeHead(202, { "content-type": "application/json" }).end('{"accepted": true}');
      if (triggered) return;
      triggered = true;
      retrain(JSON.parse(body) as { export?: { url?: string } }).then(settle!.resolve, settle!.reject);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/train`;
  return {
    url,
    outcome,
    async close() {
      closed = true;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await served?.close();
    },
  };
}
