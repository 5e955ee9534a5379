// One evaluation cycle of 1,000 monitors over 5 million stored predictions (the last 30 days up to now).
// Monitors are created disabled, then enabled together in the database, so the first cycle after the start
// evaluates all of them; the cycle time is read from the server's own /metrics. BENCH_MONITORS sets the count.
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { call, startServer } from "./server-process.mjs";
import { METRICS, prepareBenchData } from "./timeseries.mjs";

const rows = Number(process.env.BENCH_TS_ROWS ?? 5_000_000);
const count = Number(process.env.BENCH_MONITORS ?? 1000);
const WINDOWS = ["1h", "6h", "1d"];

function monitor(i) {
  const metric = METRICS[i % METRICS.length];
  const conditions = [
    { type: "threshold", op: "<", value: 0.5 },
    { type: "outside", low: 0, high: 0.9 },
    { type: "change", vs: "previous", op: "<", percent: -20 },
    { type: "change", vs: "reference", op: "<", percent: -10 },
  ];
  return {
    name: `bench ${i}`,
    metric,
    window: WINDOWS[Math.floor(i / METRICS.length) % WINDOWS.length],
    every: "15s",
    version: i % 2 === 0 ? null : "v1",
    condition: conditions[Math.floor(i / 30) % conditions.length],
    minCount: 10,
    enabled: false,
  };
}

/** Seconds of the scheduler's cycles so far, from /metrics. */
async function cycles(url) {
  const text = await (await fetch(`${url}/metrics`)).text();
  const read = (name) => Number(new RegExp(`^${name} (\\S+)$`, "m").exec(text)?.[1] ?? 0);
  const statuses = [...text.matchAll(/^telltale_monitor_evaluations_total\{status="(\w+)"\} (\S+)$/gm)]
    .map(([, status, n]) => `${status} ${n}`)
    .join(", ");
  return {
    statuses,
    count: read("telltale_monitor_cycle_duration_seconds_count"),
    sum: read("telltale_monitor_cycle_duration_seconds_sum"),
  };
}

async function waitForCycles(url, n) {
  for (;;) {
    const seen = await cycles(url);
    if (seen.count >= n) return seen;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function benchMonitors() {
  const span = 30 * 86_400_000;
  const end = Date.now();
  const dataDir = await prepareBenchData("monitors", rows, end - span, span);
  let server = await startServer(dataDir);
  try {
    for (let i = 0; i < count; i++)
      await call(server.url, "POST", "/api/v1/models/bench/monitors", monitor(i));
  } finally {
    await server.stop();
  }
  const instance = await DuckDBInstance.create(join(dataDir, "telltale.duckdb"));
  const connection = await instance.connect();
  await connection.run(
    `UPDATE monitors SET definition = replace(definition, '"enabled":false', '"enabled":true')`,
  );
  connection.closeSync();
  instance.closeSync();

  server = await startServer(dataDir);
  try {
    const first = await waitForCycles(server.url, 1);
    const what = `${count.toLocaleString("en-US")} monitors (${METRICS.length} metrics × windows ${WINDOWS.join("/")}, all versions or v1, threshold/outside/change conditions) over ${rows.toLocaleString("en-US")} predictions`;
    console.log(
      `monitor evaluation cycle, first after start: ${what}: ${first.sum.toFixed(2)} s (evaluations: ${first.statuses})`,
    );
    const second = await waitForCycles(server.url, 2);
    console.log(
      `monitor evaluation cycle, next (every 15 s, data unchanged): ${(second.sum - first.sum).toFixed(2)} s`,
    );
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchMonitors();
