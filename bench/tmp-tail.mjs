const t0 = performance.now();
const { main } = await import("../packages/server/dist/cli/main.js");
console.error("import", (performance.now() - t0).toFixed(0));
const code = await main(["report", "--reference", "bench/data/reference-1000000.parquet", "--current", "bench/data/current-1000000.parquet", "--json", "/tmp/r.json", "--html", "/tmp/r.html"], { stdout: () => {}, stderr: (t) => console.error(t) });
console.error("main done", (performance.now() - t0).toFixed(0));
process.on("exit", () => console.error("exit", (performance.now() - t0).toFixed(0)));
