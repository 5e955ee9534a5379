// Explanations: Kernel SHAP for 100 predictions of a 20-feature model behind a local HTTP endpoint (the protocol
// Telltale calls), and a root-cause slice search over 1,000,000 rows × 20 features with a planted failing slice.
// BENCH_SHAP_PREDICTIONS and BENCH_SLICE_ROWS change the sizes; BENCH_SHAP_BATCH the rows per request (default 500, the server's).
import { fileURLToPath } from "node:url";

const core = await import(fileURLToPath(new URL("../packages/core/dist/index.js", import.meta.url)));
const { serveModel } = await import(
  fileURLToPath(new URL("../packages/server/dist/endpoint/serve-model.js", import.meta.url))
);
const { ModelEndpoint, scalarOutputs } = await import(
  fileURLToPath(new URL("../packages/server/dist/endpoint/model-endpoint.js", import.meta.url))
);

const NUMERICAL = 16;
const CATEGORICAL = 4;
const LEVELS = [3, 8, 20, 50];
const FEATURES = [
  ...Array.from({ length: NUMERICAL }, (_, i) => `num_${i}`),
  ...Array.from({ length: CATEGORICAL }, (_, j) => `cat_${j}`),
];

const mulberry32 = core.seededRandom;

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);

/** A non-linear scorer: a logistic of a weighted sum, one interaction and a category effect. */
function score(x) {
  let z = -0.5;
  for (let i = 0; i < NUMERICAL; i++) z += ((i % 5) - 2) * 0.3 * Number(x[`num_${i}`] ?? 0);
  z += 0.8 * Number(x.num_0 ?? 0) * Number(x.num_1 ?? 0);
  z += x.cat_1 === "cat_3" ? 1.2 : 0;
  return 1 / (1 + Math.exp(-z));
}

function randomRow(random) {
  const row = [];
  for (let i = 0; i < NUMERICAL; i++)
    row.push(Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random()));
  for (let j = 0; j < CATEGORICAL; j++) row.push(`cat_${Math.floor(random() * LEVELS[j])}`);
  return row;
}

export async function benchKernelShap() {
  const predictions = Number(process.env.BENCH_SHAP_PREDICTIONS ?? 100);
  const server = await serveModel((instances) => instances.map(score));
  try {
    const random = mulberry32(11);
    const background = core.summariseBackground(
      Array.from({ length: 2000 }, () => randomRow(random)),
      FEATURES.map((f) => (f.startsWith("num") ? "numerical" : "categorical")),
      50,
      1,
    );
    const endpoint = new ModelEndpoint(server.url, FEATURES, {
      batchSize: Number(process.env.BENCH_SHAP_BATCH ?? 500),
    });
    const predict = async (rows) => scalarOutputs(await endpoint.predict(rows), "regression", {});
    const instances = Array.from({ length: predictions }, () => randomRow(random));
    const t0 = performance.now();
    let evaluations = 0;
    let worstGap = 0;
    for (const instance of instances) {
      const e = await core.kernelShap({ instance, background, predict, seed: 1 });
      evaluations += e.evaluations;
      const sum = e.values.reduce((s, v) => s + v, 0);
      worstGap = Math.max(worstGap, Math.abs(sum - (e.output - e.expectedValue)));
    }
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `kernel SHAP: ${predictions} predictions × ${FEATURES.length} features, background ${background.rows.length}: ${seconds.toFixed(2)} s (${((seconds * 1000) / predictions).toFixed(0)} ms each), ${evaluations.toLocaleString("en-US")} rows scored by the endpoint (${Math.round(evaluations / seconds).toLocaleString("en-US")} rows/s), efficiency gap ≤ ${worstGap.toExponential(1)}, ${mb(process.memoryUsage().rss)} MB RSS`,
    );
  } finally {
    await server.close();
  }
}

export async function benchSliceSearch() {
  const rows = Number(process.env.BENCH_SLICE_ROWS ?? 1_000_000);
  const random = mulberry32(5);
  const columns = [];
  for (let i = 0; i < NUMERICAL; i++) {
    const values = new Float64Array(rows);
    for (let r = 0; r < rows; r++) values[r] = random() * 100;
    columns.push({ name: `num_${i}`, sourceType: "float", column: { kind: "numerical", values } });
  }
  for (let j = 0; j < CATEGORICAL; j++) {
    const codes = new Int32Array(rows);
    for (let r = 0; r < rows; r++) codes[r] = Math.floor(random() * LEVELS[j]);
    const categories = Array.from({ length: LEVELS[j] }, (_, k) => `cat_${k}`);
    columns.push({
      name: `cat_${j}`,
      sourceType: "string",
      column: { kind: "categorical", codes, categories },
    });
  }
  // 88% right everywhere, 60% right where cat_1 = cat_3 and num_4 ≥ 80 (its top quintile): the planted failing slice.
  const correct = new Uint8Array(rows);
  const cat1 = columns[NUMERICAL + 1].column.codes;
  const num4 = columns[4].column.values;
  for (let r = 0; r < rows; r++)
    correct[r] = random() < (cat1[r] === 3 && num4[r] >= 80 ? 0.6 : 0.88) ? 1 : 0;
  const t0 = performance.now();
  const found = core.findSlices({ columns, outcome: { kind: "rate", values: correct, worse: "lower" } });
  const seconds = (performance.now() - t0) / 1000;
  const top = found.slices[0];
  const edge = (v) => (v === null ? "" : Number(v.toPrecision(4)));
  const label = top?.conditions
    .map((c) =>
      c.kind === "category"
        ? `${c.feature}=${c.value}`
        : c.kind === "missing"
          ? `${c.feature} missing`
          : c.upper === null
            ? `${c.feature}≥${edge(c.lower)}`
            : `${c.feature}∈[${edge(c.lower)}, ${edge(c.upper)})`,
    )
    .join(" ∧ ");
  console.log(
    `slice search: ${rows.toLocaleString("en-US")} rows × ${FEATURES.length} features, ${found.tested.toLocaleString("en-US")} slices tested: ${seconds.toFixed(2)} s; top: ${label} (accuracy ${top?.value.toFixed(3)} vs ${top?.rest.toFixed(3)}), ${mb(process.memoryUsage().rss)} MB RSS`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchKernelShap();
  await benchSliceSearch();
}
