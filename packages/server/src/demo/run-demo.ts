import type { LabelRecord, PredictionRecord } from "@telltale/core";
import { Telltale } from "@telltale/sdk";
import { type ServedModel, serveModel } from "../endpoint/serve-model.js";
import type { AdultFeatures, AdultRecord } from "./adult-record.js";
import { ADULT_CATEGORICAL, ADULT_NUMERICAL, ADULT_POSITIVE } from "./adult-record.js";
import { demoFeedback } from "./demo-feedback.js";
import { type DemoPipeline, startDemoPipeline } from "./demo-pipeline.js";
import { loadAdult } from "./load-adult.js";
import { planTraffic, type TrafficScenario } from "./traffic-plan.js";
import { type DemoModels, type DemoPredict, trainDemoModels } from "./train-demo-models.js";

export const DEMO_MODEL = "adult-income";
const DAY = 86_400_000;

export type DemoProgress = (message: string) => void;

async function api(url: string, key: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
  return text === "" ? null : JSON.parse(text);
}

/** Reference rows as CSV: with 14 attribution columns the JSON form passes the 16 MB body limit. */
export function referenceCsv(rows: readonly Readonly<Record<string, unknown>>[]): string {
  const columns = Object.keys(rows[0] ?? {});
  const cell = (v: unknown) => {
    if (v === null || v === undefined) return "";
    const text = String(v);
    return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [columns.join(","), ...rows.map((row) => columns.map((c) => cell(row[c])).join(","))].join("\n");
}

async function putCsv(url: string, key: string, path: string, csv: string): Promise<void> {
  const response = await fetch(`${url}${path}`, {
    method: "PUT",
    headers: { authorization: `Bearer ${key}`, "content-type": "text/csv" },
    body: csv,
  });
  if (response.status >= 300) {
    throw new Error(`PUT ${path}: ${response.status} ${(await response.text()).slice(0, 300)}`);
  }
}

/** A version's model behind the prediction protocol Telltale calls for explanations: `{score, prediction}` per instance. */
export function serveDemoVersion(predict: DemoPredict): Promise<ServedModel> {
  return serveModel((instances) =>
    instances.map((features) => {
      const { score, prediction } = predict(features as unknown as AdultFeatures);
      return { score, prediction };
    }),
  );
}

/**
 * Registers the demo model, its two versions with benchmarks, prediction endpoints and references, and the
 * champion/challenger aliases.
 */
export async function setUpDemoModel(
  url: string,
  key: string,
  models: DemoModels,
  endpoints: readonly string[] = [],
  pipelineUrl?: string,
): Promise<void> {
  await api(url, key, "POST", "/api/v1/models", {
    name: DEMO_MODEL,
    task: "binary",
    positiveLabel: ADULT_POSITIVE,
    description: "UCI Adult: does a person earn more than $50K? Logistic regression trained at demo start.",
    features: [
      ...ADULT_NUMERICAL.map((name) => ({ name, kind: "numerical" })),
      ...ADULT_CATEGORICAL.map((name) => ({ name, kind: "categorical" })),
    ],
    segments: ["channel"],
    sensitive: ["sex", "race"],
    tags: ["demo"],
  });
  for (const [i, version] of models.versions.entries()) {
    await api(url, key, "POST", `/api/v1/models/${DEMO_MODEL}/versions`, {
      version: version.version,
      ...(endpoints[i] !== undefined ? { endpoint: endpoints[i] } : {}),
      description: version.description,
      tags: [`C=${version.c}`, `${version.trainingRows} training rows`],
      metrics: Object.fromEntries(
        Object.entries({
          accuracy: version.benchmark.accuracy,
          f1: version.benchmark.f1,
          rocAuc: version.benchmark.rocAuc,
        }).filter((entry): entry is [string, number] => entry[1] !== null),
      ),
    });
    await putCsv(
      url,
      key,
      `/api/v1/models/${DEMO_MODEL}/versions/${version.version}/reference`,
      referenceCsv(version.reference),
    );
  }
  await api(url, key, "PUT", `/api/v1/models/${DEMO_MODEL}/aliases/champion`, {
    version: models.versions[0].version,
  });
  await api(url, key, "PUT", `/api/v1/models/${DEMO_MODEL}/aliases/challenger`, {
    version: models.versions[1].version,
  });
  // The partner channel's accuracy alert triggers retraining on the window it fired for.
  const retrain =
    pipelineUrl === undefined
      ? undefined
      : ((await api(url, key, "POST", `/api/v1/models/${DEMO_MODEL}/actions`, {
          ...DEMO_RETRAIN_ACTION,
          url: pipelineUrl,
        })) as { id: string });
  for (const [i, monitor] of DEMO_MONITORS.entries())
    await api(url, key, "POST", `/api/v1/models/${DEMO_MODEL}/monitors`, {
      ...monitor,
      ...(i === 0 && retrain ? { actions: [retrain.id] } : {}),
    });
  await api(url, key, "POST", `/api/v1/models/${DEMO_MODEL}/business-metrics`, DEMO_BUSINESS_METRIC);
}

/**
 * What the demo's errors cost a lender that targets people earning over $50K: a missed one (fn) loses a customer,
 * a wrong one (fp) wastes an offer.
 */
export const DEMO_BUSINESS_METRIC = {
  name: "error_cost",
  expression: "120 * fn + 15 * fp",
  unit: "USD",
  better: "lower",
  description: "A missed high earner costs a $120 customer; a wrong offer costs $15.",
};

/** Retraining when the partner channel fails: the labelled rows of the alert's window, as JSON lines. */
export const DEMO_RETRAIN_ACTION = {
  type: "retrain",
  name: "Retrain on the failing window",
  export: { format: "jsonl", labelled: true, expiresIn: "1h" },
};

/** Monitors the demo sets up, so that its alerts page has something to show once the month is replayed. */
export const DEMO_MONITORS = [
  {
    name: "Partner channel accuracy",
    metric: "accuracy",
    segment: "channel:partner",
    window: "2d",
    every: "15s",
    minCount: 30,
    severity: "critical",
    condition: { type: "threshold", op: "<", value: 0.75 },
    labels: { team: "risk" },
  },
  {
    name: "Feature drift on the champion",
    metric: "drift.share",
    version: "champion",
    window: "1d",
    every: "15s",
    condition: { type: "threshold", op: ">", value: 0.3 },
  },
  {
    name: "Traffic anomaly",
    metric: "count",
    window: "1h",
    every: "15s",
    condition: { type: "anomaly", method: "seasonal", season: "day", history: "14d" },
  },
];

export interface ReplayOptions {
  readonly url: string;
  readonly key: string;
  /** Wall-clock length of the replay of the whole month. */
  readonly replayMs: number;
  /** The month ends here (epoch ms), so "the last 24 hours" shows the end of the story. */
  readonly end: number;
  readonly progress: DemoProgress;
  readonly signal?: AbortSignal;
}

export interface DemoRun {
  readonly scenario: TrafficScenario;
  /** The versions' prediction endpoints and the training pipeline: close them when the server stops. */
  readonly endpoints: readonly { close(): Promise<void> }[];
  /** The stand-in training pipeline the partner alert's retrain action calls. */
  readonly pipeline: DemoPipeline;
}

/**
 * Trains both versions, serves each behind a local prediction endpoint, registers the model, and replays the
 * Adult test split through the SDK as a month of traffic compressed into `replayMs`: predictions (with their
 * attributions) first, each label hours later in the story's time.
 */
export async function runDemo(options: ReplayOptions): Promise<DemoRun> {
  const { progress } = options;
  const t = performance.now();
  const adult = loadAdult();
  const models = trainDemoModels(adult.train);
  progress(
    `trained ${models.versions.map((v) => `${v.version} (accuracy ${v.benchmark.accuracy?.toFixed(3)} on ${models.holdoutRows} held-out rows)`).join(" and ")} in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  const endpoints = await Promise.all(models.versions.map((v) => serveDemoVersion(v.predict)));
  const pipeline = await startDemoPipeline({
    url: options.url,
    key: options.key,
    model: DEMO_MODEL,
    models,
    serve: (version) => serveDemoVersion(version.predict),
  });
  const scenario = await replay(options, models, adult.test, endpoints, pipeline.url).catch(
    async (error: unknown) => {
      await Promise.all([...endpoints, pipeline].map((e) => e.close()));
      throw error;
    },
  );
  return { scenario, endpoints: [...endpoints, pipeline], pipeline };
}

async function replay(
  options: ReplayOptions,
  models: DemoModels,
  rows: readonly AdultRecord[],
  endpoints: readonly ServedModel[],
  pipelineUrl: string,
): Promise<TrafficScenario> {
  const { progress } = options;
  const t = performance.now();
  await setUpDemoModel(
    options.url,
    options.key,
    models,
    endpoints.map((e) => e.url),
    pipelineUrl,
  );
  progress(
    `registered '${DEMO_MODEL}' with versions, references and aliases in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );

  const start = Math.floor((options.end - 30 * DAY) / 3600_000) * 3600_000;
  const plan = planTraffic({
    rows,
    models: [
      { version: models.versions[0].version, share: 0.8, predict: models.versions[0].predict },
      { version: models.versions[1].version, share: 0.2, predict: models.versions[1].predict },
    ],
    start,
    days: 30,
  });
  const client = new Telltale({
    url: options.url,
    apiKey: options.key,
    model: DEMO_MODEL,
    batchSize: 1000,
    flushIntervalMs: 250,
  });
  const events = plan.events;
  const span = plan.scenario.end - plan.scenario.start;
  const began = performance.now();
  let nextReport = 0.1;
  for (let i = 0; i < events.length; i++) {
    if (options.signal?.aborted) break;
    const event = events[i]!;
    const due = ((event.at - plan.scenario.start) / span) * options.replayMs;
    const wait = due - (performance.now() - began);
    if (wait > 5) await new Promise((resolve) => setTimeout(resolve, wait));
    if (event.kind === "prediction") client.log(event.record as PredictionRecord);
    else {
      const label = event.label as LabelRecord;
      client.label(label.id, label.label, label.timestamp);
    }
    const done = (i + 1) / events.length;
    if (done >= nextReport) {
      progress(
        `replayed ${Math.round(done * 100)}% of the month (${new Date(event.at).toISOString().slice(0, 10)})`,
      );
      nextReport += 0.1;
    }
  }
  await client.close();
  const stats = client.stats();
  progress(`replay done: ${JSON.stringify(stats)}`);
  const feedback = demoFeedback(
    events.flatMap((e) => (e.kind === "prediction" ? [e.record as PredictionRecord] : [])),
    events.flatMap((e) => (e.kind === "label" ? [e.label as LabelRecord] : [])),
    options.end,
  );
  for (let i = 0; i < feedback.length; i += 5000) {
    await api(options.url, options.key, "POST", `/api/v1/models/${DEMO_MODEL}/feedback`, {
      records: feedback.slice(i, i + 5000),
    });
  }
  progress(`users gave ${feedback.length} pieces of feedback (thumbs and ratings) on their predictions`);
  return plan.scenario;
}
