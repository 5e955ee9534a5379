// `npm run bench`: the report on 1,000,000 × 20 files (Parquet, CSV), ingest through HTTP, a time-series query,
// a cycle of 1,000 monitors, the dashboard's first render in headless Chromium, Kernel SHAP through a model
// endpoint, a root-cause slice search over 1,000,000 rows, and an export of 5,000,000 stored rows.
// Prints wall seconds and peak RSS; BENCH_ROWS=100000 for a quick run.
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeData } from "./make-data.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const started = performance.now();
const files = await makeData(join(here, "data"), rows);
console.log(
  `data: ${rows.toLocaleString("en-US")} rows × 20 columns per side (${((performance.now() - started) / 1000).toFixed(1)} s to prepare)`,
);

for (const format of ["parquet", "csv"]) {
  const t0 = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      join(here, "measure-report.mjs"),
      "report",
      "--reference",
      files.reference[format],
      "--current",
      files.current[format],
      "--json",
      join(here, "data", `report-${format}.json`),
      "--html",
      join(here, "data", `report-${format}.html`),
    ],
    { encoding: "utf8" },
  );
  const seconds = (performance.now() - t0) / 1000;
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  const { maxRssMb } = JSON.parse(run.stdout.trim().split("\n").pop());
  const htmlMb = statSync(join(here, "data", `report-${format}.html`)).size / 1024 / 1024;
  console.log(
    `report from ${format.padEnd(7)}: ${seconds.toFixed(2)} s wall, ${maxRssMb.toFixed(0)} MB peak RSS, ${((2 * rows) / seconds / 1e6).toFixed(2)} M rows/s, HTML ${htmlMb.toFixed(2)} MB`,
  );
}

const { benchIngest } = await import("./ingest.mjs");
await benchIngest();
const { benchTimeseries } = await import("./timeseries.mjs");
await benchTimeseries();
const { benchMonitors } = await import("./monitors.mjs");
await benchMonitors();
const { benchDashboard } = await import("./dashboard.mjs");
await benchDashboard();
const { benchKernelShap, benchSliceSearch } = await import("./explain.mjs");
await benchKernelShap();
await benchSliceSearch();
const { benchExport } = await import("./export.mjs");
await benchExport();
