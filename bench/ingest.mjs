// Ingest throughput through HTTP: 1,000-record batches of 20 features from 4 concurrent clients.
// Prints records/s and p50/p99 batch latency. BENCH_INGEST_RECORDS sets the total (default 400,000).
import { rmSync } from "node:fs";
import { call, dataDirFor, startServer } from "./server-process.mjs";

const total = Number(process.env.BENCH_INGEST_RECORDS ?? 400_000);
const batchSize = 1000;
const clients = 4;
const features = 20;

function batchBody(batch) {
  const records = [];
  for (let i = 0; i < batchSize; i++) {
    const n = batch * batchSize + i;
    const f = {};
    for (let j = 0; j < features; j++)
      f[`f${j}`] = j % 4 === 3 ? `c${(n * 7 + j) % 13}` : ((n * 31 + j * 17) % 1000) / 10;
    records.push({
      id: `r${n}`,
      version: "v1",
      timestamp: 1_790_000_000_000 + n * 50,
      features: f,
      prediction: n % 2,
      score: (n % 100) / 100,
    });
  }
  return JSON.stringify({ records });
}

export async function benchIngest() {
  const dataDir = dataDirFor("ingest");
  rmSync(dataDir, { recursive: true, force: true });
  const server = await startServer(dataDir);
  try {
    await call(server.url, "POST", "/api/v1/models", { name: "bench", task: "binary", positiveLabel: "1" });
    await call(server.url, "POST", "/api/v1/models/bench/versions", { version: "v1" });
    const batches = Math.ceil(total / batchSize);
    // Bodies are built before the clock starts so the figure is the server's, not the client's JSON work.
    const bodies = Array.from({ length: batches }, (_, b) => batchBody(b));
    const latencies = [];
    let next = 0;
    let accepted = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (next < batches) {
          const body = bodies[next++];
          const t0 = performance.now();
          const result = await call(server.url, "POST", "/api/v1/models/bench/predictions", body);
          latencies.push(performance.now() - t0);
          accepted += result.accepted;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
    console.log(
      `ingest over HTTP: ${accepted.toLocaleString("en-US")} records (${batchSize}/batch, ${features} features, ${clients} clients) in ${seconds.toFixed(2)} s = ${Math.round(accepted / seconds).toLocaleString("en-US")} records/s; batch latency p50 ${at(0.5).toFixed(0)} ms, p99 ${at(0.99).toFixed(0)} ms`,
    );
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchIngest();
