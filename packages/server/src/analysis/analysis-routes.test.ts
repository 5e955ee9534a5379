import { buildReport, type Table } from "@telltale/core";
import { describe, expect, it } from "vitest";
import { ADMIN_KEY, useTestServer } from "../http/test-server.test-support.js";
import { reportFileName } from "./analysis-routes.js";

const api = useTestServer();
const HOUR = 3600_000;
const T0 = Date.UTC(2026, 10, 1);

/** Deterministic pseudo-random numbers, so the data is the same on every run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Row {
  id: string;
  hour: number;
  age: number | null;
  plan: string | null;
  prediction: string;
  score: number;
  label: string | null;
}

function makeRows(): Row[] {
  const next = random(11);
  const rows: Row[] = [];
  for (let hour = 0; hour < 4; hour++) {
    for (let i = 0; i < 120; i++) {
      const shift = hour >= 2 ? 15 : 0;
      const age = next() < 0.05 ? null : Math.round(20 + next() * 40 + shift);
      const plan = next() < 0.05 ? null : ["a", "b", "c"][Math.floor(next() * (hour === 3 ? 2 : 3))]!;
      const score = Math.round(next() * 1000) / 1000;
      const prediction = score >= 0.5 ? "1" : "0";
      const truth = next() < 0.8 ? prediction : prediction === "1" ? "0" : "1";
      rows.push({
        id: `r${hour}-${i}`,
        hour,
        age,
        plan,
        prediction,
        score,
        label: next() < 0.7 ? truth : null,
      });
    }
  }
  return rows;
}

const REFERENCE = (() => {
  const next = random(5);
  const lines = ["age,plan,label,prediction,score"];
  for (let i = 0; i < 400; i++) {
    const score = Math.round(next() * 1000) / 1000;
    const p = score >= 0.5 ? 1 : 0;
    lines.push(
      `${Math.round(20 + next() * 40)},${["a", "b", "c"][i % 3]},${next() < 0.8 ? p : 1 - p},${p},${score}`,
    );
  }
  return `${lines.join("\n")}\n`;
})();

/** The same rows as a core table, built by the test from its own arrays (not read back from the server). */
function table(rows: Row[]): Table {
  const plans = ["a", "b", "c"];
  return {
    name: "current",
    rows: rows.length,
    columns: [
      {
        name: "age",
        sourceType: "float",
        column: { kind: "numerical", values: Float64Array.from(rows, (r) => r.age ?? Number.NaN) },
      },
      {
        name: "plan",
        sourceType: "string",
        column: {
          kind: "categorical",
          codes: Int32Array.from(rows, (r) => (r.plan === null ? -1 : plans.indexOf(r.plan))),
          categories: plans,
        },
      },
    ],
  };
}

function referenceTable(): Table {
  const lines = REFERENCE.trim()
    .split("\n")
    .slice(1)
    .map((l) => l.split(","));
  const plans = ["a", "b", "c"];
  return {
    name: "reference",
    rows: lines.length,
    columns: [
      {
        name: "age",
        sourceType: "float",
        column: { kind: "numerical", values: Float64Array.from(lines, (l) => Number(l[0])) },
      },
      {
        name: "plan",
        sourceType: "string",
        column: {
          kind: "categorical",
          codes: Int32Array.from(lines, (l) => plans.indexOf(l[1]!)),
          categories: plans,
        },
      },
    ],
  };
}

describe("time series and window reports", () => {
  const rows = makeRows();

  it("set up", async () => {
    await api.call("POST", "/api/v1/models", {
      body: {
        name: "ts",
        task: "binary",
        positiveLabel: "1",
        features: [
          { name: "age", kind: "numerical" },
          { name: "plan", kind: "categorical" },
        ],
        segments: ["channel"],
      },
    });
    await api.call("POST", "/api/v1/models/ts/versions", { body: { version: "v1" } });
    await api.call("PUT", "/api/v1/models/ts/versions/v1/reference", { body: REFERENCE, type: "text/csv" });
    const records = rows.map((r, i) => ({
      id: r.id,
      version: "v1",
      timestamp: T0 + r.hour * HOUR + i * 1000,
      features: { age: r.age, plan: r.plan },
      prediction: Number(r.prediction),
      score: r.score,
      segment: { channel: i % 2 === 0 ? "web" : "app" },
    }));
    const answer = await api.call("POST", "/api/v1/models/ts/predictions", { body: { records } });
    expect(answer.body.accepted).toBe(rows.length);
    // Labels arrive later, as their own records.
    const labels = rows.filter((r) => r.label !== null).map((r) => ({ id: r.id, label: r.label }));
    expect(
      (await api.call("POST", "/api/v1/models/ts/labels", { body: { records: labels } })).body.matched,
    ).toBe(labels.length);
  });

  it("gives per bucket the values of the window report over that bucket's rows", async () => {
    const metrics = [
      "count",
      "labelCoverage",
      "accuracy",
      "f1",
      "rocAuc",
      "logLoss",
      "prediction.mean",
      "prediction.share.0",
      "score.mean",
      "feature.age.mean",
      "feature.plan.missingShare",
      "drift.age",
      "drift.plan",
      "drift.share",
    ];
    const from = new Date(T0).toISOString();
    const to = new Date(T0 + 4 * HOUR).toISOString();
    const answer = await api.call(
      "GET",
      `/api/v1/models/ts/timeseries?metrics=${metrics.join(",")}&from=${from}&to=${to}&interval=1h`,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.interval).toBe("1h");
    const series = Object.fromEntries(
      answer.body.series.map((s: { metric: string; points: unknown[] }) => [s.metric, s.points]),
    );
    for (let hour = 0; hour < 4; hour++) {
      const start = new Date(T0 + hour * HOUR).toISOString();
      const end = new Date(T0 + (hour + 1) * HOUR).toISOString();
      const report = (await api.call("GET", `/api/v1/models/ts/report?from=${start}&to=${end}`)).body;
      const at = (metric: string) => series[metric][hour];
      expect(at("count")).toEqual({ start, value: 120, count: 120 });
      expect(report.current.rows).toBe(120);
      const bucketRows = rows.filter((r) => r.hour === hour);
      const labelled = bucketRows.filter((r) => r.label !== null).length;
      expect(at("labelCoverage").value).toBeCloseTo(labelled / 120, 12);
      for (const metric of ["accuracy", "f1", "rocAuc", "logLoss"]) {
        expect(at(metric).value, `${metric} @${hour}`).toBe(report.classification.current[metric]);
        expect(at(metric).count).toBe(labelled);
      }
      const ages = bucketRows.flatMap((r) => (r.age === null ? [] : [r.age]));
      expect(at("feature.age.mean").value).toBeCloseTo(ages.reduce((a, b) => a + b, 0) / ages.length, 10);
      expect(at("feature.plan.missingShare").value).toBeCloseTo(
        bucketRows.filter((r) => r.plan === null).length / 120,
        12,
      );
      const ones = bucketRows.filter((r) => r.prediction === "1").length;
      expect(at("prediction.mean").value).toBeCloseTo(ones / 120, 12);
      expect(at("prediction.share.0").value).toBeCloseTo(1 - ones / 120, 12);
      expect(at("score.mean").value).toBeCloseTo(bucketRows.reduce((a, r) => a + r.score, 0) / 120, 12);
      const column = (name: string) =>
        report.drift.columns.find((c: { column: string }) => c.column === name);
      expect(at("drift.age").value).toBe(column("age").statistic);
      expect(at("drift.plan").value).toBe(column("plan").statistic);
      expect(at("drift.share").value).toBe(report.drift.share);

      // And the report equals core's buildReport on the same rows, built by the test itself.
      const core = buildReport(referenceTable(), table(bucketRows), {
        categorical: ["plan"],
        numerical: ["age"],
      }).report;
      const outcomes: Table = {
        name: "bucket",
        rows: bucketRows.length,
        columns: [
          {
            name: "label",
            sourceType: "string",
            column: {
              kind: "categorical",
              codes: Int32Array.from(bucketRows, (r) => (r.label === null ? -1 : Number(r.label))),
              categories: ["0", "1"],
            },
          },
          {
            name: "prediction",
            sourceType: "string",
            column: {
              kind: "categorical",
              codes: Int32Array.from(bucketRows, (r) => Number(r.prediction)),
              categories: ["0", "1"],
            },
          },
          {
            name: "score",
            sourceType: "float",
            column: { kind: "numerical", values: Float64Array.from(bucketRows, (r) => r.score) },
          },
        ],
      };
      const performance = buildReport(outcomes, outcomes, {
        task: "binary",
        target: "label",
        prediction: "prediction",
        score: "score",
        positiveLabel: "1",
      }).report.classification!.current!;
      for (const metric of ["accuracy", "f1", "rocAuc", "logLoss"] as const) {
        expect(at(metric).value, `${metric} @${hour} vs buildReport`).toBe(performance[metric]);
      }
      for (const name of ["age", "plan"]) {
        const expected = core.drift.columns.find((c) => c.column === name)!;
        expect(column(name).statistic, `${name} @${hour}`).toBe(expected.statistic);
        expect(column(name).method).toBe(expected.method);
        expect(column(name).drifted).toBe(expected.drifted);
      }
    }
    expect(series["drift.age"][3].value).toBeGreaterThan(series["drift.age"][0].value);
  });

  it("filters by version alias and segment, and marks empty buckets", async () => {
    await api.call("PUT", "/api/v1/models/ts/aliases/champion", { body: { version: "v1" } });
    const from = new Date(T0 - 2 * HOUR).toISOString();
    const to = new Date(T0 + HOUR).toISOString();
    const answer = await api.call(
      "GET",
      `/api/v1/models/ts/timeseries?metrics=count&from=${from}&to=${to}&version=champion&segment=channel:web`,
    );
    expect(
      answer.body.series[0].points.map((p: { value: number | null; count: number }) => [p.value, p.count]),
    ).toEqual([
      [null, 0],
      [null, 0],
      [60, 60],
    ]);
  });

  it("rejects bad metrics, intervals and windows with 4xx", async () => {
    const cases: [string, number][] = [
      ["metrics=nonsense", 422],
      ["metrics=drift.nope", 422],
      ["metrics=mae", 422],
      ["metrics=feature.plan.mean", 422],
      ["metrics=count&interval=7m", 400],
      ["metrics=count&from=2026-11-02&to=2026-11-01", 400],
      ["metrics=count&from=yesterday", 400],
      ["metrics=count&interval=5m&from=2020-01-01&to=2026-01-01", 400],
      ["metrics=count&segment=region:eu", 400],
      ["metrics=count&version=v9", 404],
      ["", 400],
    ];
    for (const [query, status] of cases) {
      const answer = await api.call("GET", `/api/v1/models/ts/timeseries?${query}`);
      expect(answer.status, query).toBe(status);
      expect(answer.body.error.code).toMatch(/^TELLTALE_/);
    }
    expect((await api.call("GET", "/api/v1/models/ts/report?from=2020-01-01&to=2020-01-02")).status).toBe(
      422,
    );
  });

  it("exports the window's report as HTML or JSON, as a download when asked", async () => {
    const from = new Date(T0).toISOString();
    const to = new Date(T0 + 4 * HOUR).toISOString();
    const json = await api.call("GET", `/api/v1/models/ts/report?from=${from}&to=${to}`);
    const html = await fetch(
      `${api.url()}/api/v1/models/ts/report?from=${from}&to=${to}&format=html&download=true`,
      {
        headers: { authorization: `Bearer ${ADMIN_KEY}` },
      },
    );
    expect(html.status).toBe(200);
    expect(html.headers.get("content-type")).toMatch(/^text\/html/);
    expect(html.headers.get("content-disposition")).toBe(
      'attachment; filename="ts-report-2026-11-01-00-00-2026-11-01-04-00.html"',
    );
    const page = await html.text();
    expect(page).toContain("<title>ts: 2026-11-01T00:00:00.000Z to 2026-11-01T04:00:00.000Z");
    // The page carries the same report object as the JSON answer.
    const data = /<script type="application\/json" id="telltale-report-data">([\s\S]*?)<\/script>/.exec(
      page,
    )?.[1];
    expect(data).toBeDefined();
    expect(JSON.parse(data!.replace(/\\u003c/g, "<")).current.rows).toBe(json.body.current.rows);
    const download = await api.call("GET", `/api/v1/models/ts/report?from=${from}&to=${to}&download=true`);
    expect(download.headers.get("content-disposition")).toContain(".json");
    expect(download.body.current.rows).toBe(480);
    const bad = await api.call("GET", `/api/v1/models/ts/report?from=${from}&to=${to}&format=pdf`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("query.format");
    const inline = await api.call("GET", `/api/v1/models/ts/report?from=${from}&to=${to}&download=false`);
    expect(inline.status).toBe(200);
    expect(inline.headers.get("content-disposition")).toBeNull();
    const notBoolean = await api.call("GET", `/api/v1/models/ts/report?from=${from}&to=${to}&download=yes`);
    expect(notBoolean.status).toBe(400);
  });

  it.each([
    { model: "churn", ext: "json", name: "churn-report-2026-11-01-00-00-2026-11-01-04-00.json" },
    { model: "churn v2/β", ext: "html", name: "churn_v2_-report-2026-11-01-00-00-2026-11-01-04-00.html" },
    { model: 'a"b;c', ext: "html", name: "a_b_c-report-2026-11-01-00-00-2026-11-01-04-00.html" },
  ])("names the download of $model safely: $name", ({ model, ext, name }) => {
    expect(reportFileName(model, T0, T0 + 4 * HOUR, ext)).toBe(name);
  });

  it("compares two versions with their benchmarks and the drift between their predictions", async () => {
    await api.call("POST", "/api/v1/models/ts/versions", {
      body: { version: "v2", metrics: { accuracy: 0.9 } },
    });
    const records = rows.slice(0, 200).map((r, i) => ({
      id: `v2-${i}`,
      version: "v2",
      timestamp: T0 + i * 1000,
      features: { age: r.age, plan: r.plan },
      prediction: 1,
      score: 0.9,
      label: r.label ?? 0,
    }));
    await api.call("POST", "/api/v1/models/ts/predictions", { body: { records } });
    const from = new Date(T0).toISOString();
    const to = new Date(T0 + 4 * HOUR).toISOString();
    const answer = await api.call("GET", `/api/v1/models/ts/compare?a=champion&b=v2&from=${from}&to=${to}`);
    expect(answer.status).toBe(200);
    expect(answer.body.a).toMatchObject({ version: "v1", rows: 480 });
    expect(answer.body.b).toMatchObject({
      version: "v2",
      rows: 200,
      labelled: 200,
      benchmark: { accuracy: 0.9 },
    });
    const expectedAccuracy = records.filter((r) => String(r.label) === "1").length / 200;
    expect(answer.body.b.metrics.accuracy).toBeCloseTo(expectedAccuracy, 12);
    const prediction = answer.body.predictionDrift.find((c: { column: string }) => c.column === "prediction");
    expect(prediction.drifted).toBe(true);
  });

  it("reports each version's latest hour in /metrics", async () => {
    const now = Date.now();
    const records = rows.slice(0, 50).map((r, i) => ({
      id: `recent-${i}`,
      version: "v1",
      timestamp: now - 60_000,
      features: { age: r.age, plan: r.plan },
      prediction: Number(r.prediction),
      score: r.score,
      label: r.label ?? r.prediction,
    }));
    await api.call("POST", "/api/v1/models/ts/predictions", { body: { records } });
    const text = (await api.call("GET", "/metrics", { key: null })).body as string;
    expect(text).toContain('telltale_model_predictions_last_hour{model="ts",version="v1"} 50');
    expect(text).toMatch(/telltale_model_drift_share\{model="ts",version="v1"\} [0-9.]+/);
    const accuracy = records.filter((r) => String(r.label) === String(r.prediction)).length / 50;
    const match = /telltale_model_performance\{model="ts",version="v1",metric="accuracy"\} ([0-9.]+)/.exec(
      text,
    );
    expect(Number(match?.[1])).toBeCloseTo(accuracy, 12);
  });
});
