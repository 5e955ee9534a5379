// Latency of a 30-day hourly `timeseries` query with 10 metrics over 5 million stored predictions.
// The rows are generated inside DuckDB (this measures the query, not ingest). BENCH_TS_ROWS sets the count.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { call, dataDirFor, startServer } from "./server-process.mjs";

const rows = Number(process.env.BENCH_TS_ROWS ?? 5_000_000);
const days = 30;
const start = Date.UTC(2026, 9, 1);
const numeric = Array.from({ length: 15 }, (_, i) => `n${i}`);
const categorical = Array.from({ length: 5 }, (_, i) => `c${i}`);
export const METRICS = [
  "count",
  "labelCoverage",
  "accuracy",
  "f1",
  "rocAuc",
  "prediction.share.1",
  "score.mean",
  "feature.n0.mean",
  "feature.c0.missingShare",
  "drift.n1",
];

function referenceCsv(n) {
  const lines = [[...numeric, ...categorical, "label", "prediction", "score"].join(",")];
  for (let i = 0; i < n; i++) {
    const x = numeric.map((_, j) => (((i * 7919 + j * 104729) % 10007) / 100).toFixed(2));
    const c = categorical.map((_, j) => `k${(i + j) % 7}`);
    lines.push(
      [...x, ...c, i % 3 === 0 ? 1 : 0, i % 4 === 0 ? 1 : 0, ((i % 100) / 100).toFixed(2)].join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}

/**
 * A model `bench` (binary, 15 numeric and 5 categorical features, version v1 with a 20,000-row reference) and
 * `rows` predictions spread evenly over [start, start + span), written straight into DuckDB; returns the data dir.
 */
export async function prepareBenchData(name, rows, start, span) {
  const dataDir = dataDirFor(name);
  rmSync(dataDir, { recursive: true, force: true });
  const server = await startServer(dataDir);
  await call(server.url, "POST", "/api/v1/models", {
    name: "bench",
    task: "binary",
    positiveLabel: "1",
    features: [
      ...numeric.map((name) => ({ name, kind: "numerical" })),
      ...categorical.map((name) => ({ name, kind: "categorical" })),
    ],
  });
  await call(server.url, "POST", "/api/v1/models/bench/versions", {
    version: "v1",
    metrics: { accuracy: 0.7 },
  });
  await call(
    server.url,
    "PUT",
    "/api/v1/models/bench/versions/v1/reference",
    referenceCsv(20_000),
    "text/csv",
  );
  await server.stop();

  const t0 = performance.now();
  const instance = await DuckDBInstance.create(join(dataDir, "telltale.duckdb"));
  const connection = await instance.connect();
  const features = [
    ...numeric.map(
      (n, j) =>
        `round(((i * 7919 + ${j * 104729}) % 10007) / 100.0 + CASE WHEN i > ${rows / 2} AND ${j} = 1 THEN 10 ELSE 0 END, 2) AS "f:${n}"`,
    ),
    ...categorical.map(
      (n, j) => `CASE WHEN (i + ${j}) % 50 = 0 THEN NULL ELSE 'k' || ((i + ${j}) % 7) END AS "f:${n}"`,
    ),
  ];
  await connection.run(`INSERT INTO predictions_1 BY NAME
    SELECT 'r' || i AS id, 'v1' AS version, ${start} + (i * ${span} // ${rows}) AS ts, ${start} + (i * ${span} // ${rows}) AS received_at,
      CASE WHEN i % 4 = 0 THEN '1' ELSE '0' END AS prediction, (i % 100) / 100.0 AS score,
      CASE WHEN i % 5 = 0 THEN NULL WHEN i % 3 = 0 THEN '1' ELSE '0' END AS label, NULL AS label_ts, NULL AS attributions,
      ${features.join(", ")}
    FROM range(${rows}) t(i)`);
  connection.closeSync();
  instance.closeSync();
  console.log(
    `${name} data: ${rows.toLocaleString("en-US")} predictions over ${Math.round(span / 86_400_000)} days generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return dataDir;
}

export async function benchTimeseries() {
  const span = days * 24 * 3600_000;
  const dataDir = await prepareBenchData("timeseries", rows, start, span);
  const server = await startServer(dataDir);
  try {
    const query = `/api/v1/models/bench/timeseries?metrics=${METRICS.join(",")}&from=${new Date(start).toISOString()}&to=${new Date(start + span).toISOString()}&interval=1h`;
    const timed = async () => {
      const t = performance.now();
      const result = await call(server.url, "GET", query);
      return { ms: performance.now() - t, result };
    };
    const median = (times) => {
      const sorted = [...times].sort((a, b) => a - b);
      return `median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms (${sorted.length} runs)`;
    };
    // Cold: the first query after a start computes every bucket from the stored rows.
    const cold = await timed();
    const buckets = cold.result.series[0].points.length;
    const what = `${METRICS.length} metrics × ${buckets} hourly buckets over ${rows.toLocaleString("en-US")} predictions`;
    console.log(`timeseries query, cold (first after start): ${what}: ${cold.ms.toFixed(0)} ms`);
    // Repeated: nothing changed, every bucket is recognised by its row count and last change.
    const warm = [];
    for (let i = 0; i < 5; i++) warm.push((await timed()).ms);
    console.log(`timeseries query, repeated: ${what}: ${median(warm)}`);
    // Live: 1,000 new predictions land in the latest hour before each query; that hour is computed again.
    const live = [];
    for (let round = 0; round < 5; round++) {
      const records = Array.from({ length: 1000 }, (_, i) => ({
        id: `live-${round}-${i}`,
        version: "v1",
        timestamp: start + span - 3600_000 + round * 60_000 + i,
        features: Object.fromEntries([
          ...numeric.map((n, j) => [n, ((i * 31 + j * 17) % 1000) / 10]),
          ...categorical.map((n, j) => [n, `k${(i + j) % 7}`]),
        ]),
        prediction: i % 4 === 0 ? "1" : "0",
        score: (i % 100) / 100,
        label: i % 3 === 0 ? "1" : "0",
      }));
      await call(server.url, "POST", "/api/v1/models/bench/predictions", { records });
      live.push((await timed()).ms);
    }
    console.log(
      `timeseries query, after each 1,000-record batch into the latest hour: ${what}: ${median(live)}`,
    );
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchTimeseries();
