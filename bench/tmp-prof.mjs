import { runReport } from "../packages/server/dist/report/run-report.js";
let last = performance.now(); let lastStage = "";
const r = await runReport({ referencePath: "bench/data/reference-1000000.parquet", currentPath: "bench/data/current-1000000.parquet", options: { onProgress: ({stage, done}) => { const t = performance.now(); if (t - last > 50) console.log(lastStage, (t-last).toFixed(0), "ms"); last = t; lastStage = `${stage} ${done}`; } } });
console.log(r.seconds);
console.log(r.report.drift.columns.map(c => c.column + ":" + c.method).join(" "));
