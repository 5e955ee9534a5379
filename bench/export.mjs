// Export for retraining: 5 million stored predictions (20 features) streamed as Parquet and CSV through
// `GET …/export`. Prints rows/s, seconds and the server's peak RSS after a 1 M-row window and after the 5 M-row one,
// for a server with DuckDB's default memory limit (80% of RAM: DuckDB keeps what it scanned cached and sorts in
// memory) and for one started with `--memory-limit 512MB`, where the peak should not grow with the window.
// BENCH_EXPORT_ROWS sets the count.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { BENCH_KEY, startServer } from "./server-process.mjs";
import { prepareBenchData } from "./timeseries.mjs";

const rows = Number(process.env.BENCH_EXPORT_ROWS ?? 5_000_000);
const start = Date.UTC(2026, 9, 1);
const span = 30 * 24 * 3600_000;

/** The process's peak resident set so far (VmHWM), in MB. */
function peakRssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

async function exportOnce(url, format, to) {
  const t = performance.now();
  const response = await fetch(
    `${url}/api/v1/models/bench/export?from=${new Date(start).toISOString()}&to=${new Date(to).toISOString()}&format=${format}`,
    { headers: { authorization: `Bearer ${BENCH_KEY}` } },
  );
  if (!response.ok) throw new Error(`export: ${response.status} ${await response.text()}`);
  const manifest = JSON.parse(response.headers.get("x-telltale-manifest"));
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of response.body) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  const seconds = (performance.now() - t) / 1000;
  if (hash.digest("hex") !== manifest.sha256 || bytes !== manifest.bytes)
    throw new Error("export: hash mismatch");
  return { seconds, rows: manifest.rows, bytes };
}

export async function benchExport() {
  const dataDir = await prepareBenchData("export", rows, start, span);
  for (const limit of [null, "512MB"]) await exportWith(dataDir, limit);
}

async function exportWith(dataDir, limit) {
  const server = await startServer(dataDir, limit === null ? [] : ["--memory-limit", limit]);
  const setting = limit === null ? "default memory limit" : `--memory-limit ${limit}`;
  try {
    const baseline = peakRssMb(server.pid);
    console.log(`export (${setting}): server started, peak RSS ${baseline.toFixed(0)} MB`);
    for (const [share, label] of [
      [0.2, "1/5 of the rows"],
      [1, "every row"],
    ]) {
      for (const format of ["parquet", "csv"]) {
        const result = await exportOnce(server.url, format, start + span * share);
        console.log(
          `export (${setting}) ${format.padEnd(7)} ${label.padEnd(15)}: ${result.rows.toLocaleString("en-US")} rows in ${result.seconds.toFixed(2)} s (${Math.round(result.rows / result.seconds).toLocaleString("en-US")} rows/s), ${(result.bytes / 1024 / 1024).toFixed(0)} MB, server peak RSS so far ${peakRssMb(server.pid).toFixed(0)} MB`,
        );
      }
    }
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchExport();
