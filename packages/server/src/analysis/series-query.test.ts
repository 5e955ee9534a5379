import { describe, expect, it } from "vitest";
import { useTestServer } from "../http/test-server.test-support.js";
import type { WindowRequest } from "../store/duckdb/read-window.js";

const api = useTestServer();
const HOUR = 3600_000;
const T0 = Date.UTC(2026, 9, 5);
const METRICS = [
  "count",
  "labelCoverage",
  "accuracy",
  "f1",
  "rocAuc",
  "drift.age",
  "drift.plan",
  "drift.share",
];

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const next = random(7);

function records(prefix: string, hour: number, n: number, shift = 0) {
  return Array.from({ length: n }, (_, i) => {
    const score = Math.round(next() * 1000) / 1000;
    return {
      id: `${prefix}-${hour}-${i}`,
      version: "v1",
      timestamp: T0 + hour * HOUR + Math.floor((i / n) * HOUR),
      features: { age: Math.round(20 + next() * 40 + shift), plan: ["a", "b", "c"][Math.floor(next() * 3)] },
      prediction: score >= 0.5 ? "yes" : "no",
      score,
    };
  });
}

function reference(shift: number): string {
  const lines = ["age,plan"];
  for (let i = 0; i < 300; i++)
    lines.push(`${Math.round(20 + next() * 40 + shift)},${["a", "b", "c"][i % 3]}`);
  return `${lines.join("\n")}\n`;
}

/** Every store read of rows a time-series query makes, counted by wrapping the store's snapshot. */
function countReads(): WindowRequest[] {
  const reads: WindowRequest[] = [];
  const store = api.server().services.store;
  const snapshot = store.snapshot.bind(store);
  store.snapshot = (model, work) =>
    snapshot(model, (reader) =>
      work({
        model: reader.model,
        bucketStates: reader.bucketStates,
        outcomeDictionaries: reader.outcomeDictionaries,
        window: reader.window,
        startWindow: (request) => {
          reads.push(request);
          return reader.startWindow(request);
        },
      }),
    );
  return reads;
}

async function series(from: number, to: number) {
  const answer = await api.call(
    "GET",
    `/api/v1/models/cached/timeseries?metrics=${METRICS.join(",")}&from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}&interval=1h`,
  );
  expect(answer.status).toBe(200);
  return answer.body.series as {
    metric: string;
    points: { start: string; value: number | null; count: number }[];
  }[];
}

/** Each bucket against the window report of that bucket's rows alone, which is computed from scratch. */
async function expectReportValues(from: number, to: number) {
  const result = await series(from, to);
  const buckets = result[0]!.points.length;
  for (let b = 0; b < buckets; b++) {
    const start = Math.max(from, Math.floor(from / HOUR) * HOUR + b * HOUR);
    const end = Math.min(to, Math.floor(from / HOUR) * HOUR + (b + 1) * HOUR);
    const at = (metric: string) => result.find((s) => s.metric === metric)!.points[b]!;
    const answer = await api.call(
      "GET",
      `/api/v1/models/cached/report?from=${new Date(start).toISOString()}&to=${new Date(end).toISOString()}`,
    );
    if (answer.status === 422) {
      expect(at("count")).toMatchObject({ value: null, count: 0 });
      continue;
    }
    const report = answer.body;
    expect(at("count").value, `count @${b}`).toBe(report.current.rows);
    for (const metric of ["accuracy", "f1", "rocAuc"]) {
      expect(at(metric).value, `${metric} @${b}`).toBe(report.classification?.current?.[metric] ?? null);
    }
    for (const feature of ["age", "plan"]) {
      const column = report.drift.columns.find((c: { column: string }) => c.column === feature);
      expect(at(`drift.${feature}`).value, `drift.${feature} @${b}`).toBe(column.statistic);
    }
    expect(at("drift.share").value, `drift.share @${b}`).toBe(report.drift.share);
  }
  return result;
}

describe("time series reuse buckets whose rows have not changed", () => {
  it("set up", async () => {
    await api.call("POST", "/api/v1/models", {
      body: {
        name: "cached",
        task: "binary",
        features: [
          { name: "age", kind: "numerical" },
          { name: "plan", kind: "categorical" },
        ],
      },
    });
    await api.call("POST", "/api/v1/models/cached/versions", { body: { version: "v1" } });
    await api.call("PUT", "/api/v1/models/cached/versions/v1/reference", {
      body: reference(0),
      type: "text/csv",
    });
    const rows = [0, 1, 2, 3].flatMap((h) => records("p", h, 80, h >= 2 ? 12 : 0));
    expect(
      (await api.call("POST", "/api/v1/models/cached/predictions", { body: { records: rows } })).body
        .accepted,
    ).toBe(320);
    const labels = rows
      .filter((_, i) => i % 3 !== 0)
      .map((r, i) => ({ id: r.id, label: i % 4 === 0 ? "no" : r.prediction }));
    await api.call("POST", "/api/v1/models/cached/labels", { body: { records: labels } });
  });

  it("reads rows once, then only those of buckets that changed, with the values of a full computation", async () => {
    const reads = countReads();
    const from = T0;
    const to = T0 + 5 * HOUR;
    await expectReportValues(from, to);
    expect(reads.length).toBe(1);
    expect(reads[0]!.spans).toEqual([[T0, T0 + 4 * HOUR]]);

    await series(from, to);
    expect(reads.length).toBe(1);

    // New predictions in hour 1: only that hour is read again.
    await api.call("POST", "/api/v1/models/cached/predictions", {
      body: { records: records("late", 1, 30, 30) },
    });
    await expectReportValues(from, to);
    expect(reads.length).toBe(2);
    expect(reads[1]!.spans).toEqual([[T0 + HOUR, T0 + 2 * HOUR]]);

    // A label for hour 3 and one replacing an earlier label in hour 0.
    await api.call("POST", "/api/v1/models/cached/labels", {
      body: {
        records: [
          { id: "p-3-0", label: "yes" },
          { id: "p-0-1", label: "yes" },
          { id: "p-0-2", label: "no" },
        ],
      },
    });
    await expectReportValues(from, to);
    expect(reads[2]!.spans).toEqual([
      [T0, T0 + HOUR],
      [T0 + 3 * HOUR, T0 + 4 * HOUR],
    ]);
  });

  it("recomputes drift after a new reference, performance after a new positive label, and clips partial buckets", async () => {
    const from = T0;
    const to = T0 + 4 * HOUR;
    const before = await series(from, to);
    await api.call("PUT", "/api/v1/models/cached/versions/v1/reference", {
      body: reference(15),
      type: "text/csv",
    });
    const after = await expectReportValues(from, to);
    const drift = (s: typeof before) => s.find((x) => x.metric === "drift.age")!.points.map((p) => p.value);
    expect(drift(after)).not.toEqual(drift(before));

    const f1 = (s: typeof before) => s.find((x) => x.metric === "f1")!.points.map((p) => p.value);
    await api.call("PATCH", "/api/v1/models/cached", { body: { positiveLabel: "no" } });
    const flipped = await expectReportValues(from, to);
    expect(f1(flipped)).not.toEqual(f1(after));

    // A window that starts and ends inside hours: the edge buckets hold only the window's part of the hour.
    await expectReportValues(T0 + HOUR / 2, T0 + 3 * HOUR + HOUR / 4);
    await expectReportValues(T0, T0 + 4 * HOUR);
  });
});
