import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { envNameOf, loadConfig } from "../config.js";
import { DEMO_MODEL, runDemo } from "../demo/run-demo.js";
import type { TrafficScenario } from "../demo/traffic-plan.js";
import { createLogger } from "../logger.js";
import { startServer } from "../server/start-server.js";
import type { CommandIo } from "./report-command.js";
import { closeOnSignal, parseServeFlags } from "./serve-command.js";

const DEFAULT_REPLAY_SECONDS = 30;

export function demoHelp(): string {
  return [
    "Usage: telltale demo [options]",
    "",
    "Starts the server with embedded storage, trains two versions of an Adult-income classifier, and replays the",
    "Adult test split through @telltale/sdk as a month of traffic: a drift episode, a segment whose accuracy",
    "drops, labels arriving hours late. Prints the URL, an admin key and what to look at; runs until Ctrl-C.",
    "",
    "Options:",
    "  --port PORT            port to listen on (default 4100; 0 picks a free one)",
    "  --host HOST            interface to listen on (default 127.0.0.1)",
    "  --data-dir DIR         keep the data here (default: a new temporary directory)",
    `  --replay-seconds N     wall-clock length of the month's replay (default ${DEFAULT_REPLAY_SECONDS})`,
    "  --exit                 stop after the replay instead of serving until Ctrl-C",
    "  --log-level LEVEL      server log level (default warn)",
    "  --help                 show this help",
  ].join("\n");
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** What to open after the replay, as URLs a user can paste; every call needs the admin key. */
export function whatToLookAt(url: string, key: string, scenario: TrafficScenario): string[] {
  const api = `${url}/api/v1/models/${DEMO_MODEL}`;
  const month = `from=${new Date(scenario.start).toISOString()}&to=${new Date(scenario.end).toISOString()}`;
  const segment = Object.entries(scenario.segmentDrop.segment)
    .map(([k, v]) => `${k}:${v}`)
    .join(",");
  return [
    `Telltale demo is running at ${url}`,
    `  dashboard:  ${url}/models/${DEMO_MODEL}?range=30d   (sign in with the admin key)`,
    `  admin key:  ${key}`,
    `  try:        curl -H 'authorization: Bearer ${key}' '${api}/timeseries?metrics=count,accuracy&interval=1d&${month}'`,
    "",
    "What to look at:",
    `  1. Drift, ${day(scenario.drift.from)} to ${day(scenario.drift.to)}: ${scenario.drift.description}`,
    `     ${api}/timeseries?metrics=drift.share,${scenario.drift.features.map((f) => `drift.${f}`).join(",")}&interval=1d&${month}`,
    `     ${api}/report?from=${new Date(scenario.drift.from).toISOString()}&to=${new Date(scenario.drift.to).toISOString()}&version=champion`,
    `  2. A failing segment (${segment}), ${day(scenario.segmentDrop.from)} to ${day(scenario.segmentDrop.to)}: ${scenario.segmentDrop.description}`,
    `     ${api}/timeseries?metrics=accuracy,labelCoverage&interval=1d&segment=${segment}&${month}`,
    `  3. Late labels (${scenario.labelDelayHours.min}-${scenario.labelDelayHours.max} h after their prediction, ${Math.round(scenario.unlabelledShare * 100)}% never): labelCoverage over the last day`,
    `     ${api}/timeseries?metrics=count,labelCoverage&interval=1h`,
    "  4. Champion against challenger, with their offline benchmarks:",
    `     ${api}/compare?a=champion&b=challenger&${month}`,
    `  5. Monitors (evaluated every 15 s) and the alerts they raise, with their timelines:`,
    `     ${api}/monitors    ${url}/api/v1/alerts`,
    "  6. Why: which features drive the model and which drifted ones matter, the slice behind the failing",
    "     segment, performance estimated before labels arrive, and one prediction explained by Kernel SHAP:",
    `     ${api}/explain?from=${new Date(scenario.drift.from).toISOString()}&to=${new Date(scenario.drift.to).toISOString()}&version=champion`,
    `     ${api}/slices?from=${new Date(scenario.segmentDrop.from).toISOString()}&to=${new Date(scenario.segmentDrop.to).toISOString()}`,
    `     ${api}/timeseries?metrics=accuracy,estimated.accuracy,estimated.accuracy.lower,estimated.accuracy.upper&interval=1d&version=champion&${month}`,
    `     ${api}/predictions/adult-000001/explanation`,
    `     dashboard: ${url}/models/${DEMO_MODEL}/explain?range=30d`,
    "  7. The feedback loop: users' thumbs and ratings, the rows to retrain on, and the retrain the partner alert",
    "     triggers (the demo's pipeline trains v3 on the exported rows; Telltale compares it with v1):",
    `     ${api}/timeseries?metrics=feedback.count,feedback.positiveShare,feedback.rating.mean&interval=1d&${month}`,
    `     ${api}/export?${month}&labelled=true&format=csv&sample=200&strategy=uncertain`,
    `     ${api}/comparisons    ${api}/actions`,
    `  API reference: ${url}/api/v1/openapi.json    Prometheus: ${url}/metrics`,
  ];
}

/** `telltale demo`: the README's main job. */
export async function demoCommand(args: readonly string[], io: CommandIo): Promise<number> {
  let parsed: ReturnType<typeof parseServeFlags>;
  try {
    parsed = parseServeFlags(args, { "replay-seconds": { type: "string" }, exit: { type: "boolean" } });
  } catch (error) {
    io.stderr(`telltale demo: ${(error as Error).message} (see telltale demo --help)`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(demoHelp());
    return 0;
  }
  const replaySeconds = Number(parsed.values["replay-seconds"] ?? DEFAULT_REPLAY_SECONDS);
  if (!Number.isFinite(replaySeconds) || replaySeconds < 0) {
    io.stderr(
      `telltale demo: --replay-seconds must be a number of seconds ≥ 0, got '${parsed.values["replay-seconds"]}'`,
    );
    return 2;
  }
  const dataDir = parsed.flags.dataDir ?? mkdtempSync(join(tmpdir(), "telltale-demo-"));
  const config = loadConfig(process.env, { logLevel: "warn", ...parsed.flags, dataDir });
  const server = await startServer({ config, logger: createLogger(config.logLevel) });
  const key = config.adminKey ?? server.generatedAdminKey;
  if (key === undefined) {
    io.stderr(
      `telltale demo: ${dataDir} already has keys; set ${envNameOf("adminKey")} or use a new --data-dir`,
    );
    await server.close();
    return 2;
  }
  io.stdout(`telltale demo: server at ${server.url}, data in ${dataDir}`);
  const abort = new AbortController();
  const stopped = closeOnSignal(server, () => abort.abort());
  let endpoints: readonly { close(): Promise<void> }[] = [];
  const closeAll = async () => {
    await server.close();
    await Promise.all(endpoints.map((e) => e.close()));
  };
  try {
    const run = await runDemo({
      url: server.url,
      key,
      replayMs: replaySeconds * 1000,
      end: Date.now(),
      progress: (message) => io.stdout(`telltale demo: ${message}`),
      signal: abort.signal,
    });
    endpoints = run.endpoints;
    io.stdout("");
    for (const line of whatToLookAt(server.url, key, run.scenario)) io.stdout(line);
    run.pipeline.outcome.then(
      (o) =>
        io.stdout(
          `telltale demo: the partner alert triggered a retrain: ${o.version} trained with ${o.exportedRows} exported rows and registered${o.comparison ? `; comparison: ${server.url}/models/${DEMO_MODEL}/comparisons/${o.comparison}` : ""}`,
        ),
      (error: unknown) =>
        io.stderr(`telltale demo: the demo's training pipeline failed: ${(error as Error).message}`),
    );
  } catch (error) {
    await closeAll();
    throw error;
  }
  if (parsed.values.exit) {
    await closeAll();
    return 0;
  }
  io.stdout("\nPress Ctrl-C to stop.");
  await stopped;
  await Promise.all(endpoints.map((e) => e.close()));
  return 0;
}
