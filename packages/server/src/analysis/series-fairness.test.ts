import { describe, expect, it } from "vitest";
import { useTestServer } from "../http/test-server.test-support.js";

const api = useTestServer();
const HOUR = 3600_000;
const T0 = Date.UTC(2026, 10, 2);
const iso = (t: number) => new Date(t).toISOString();
const FAIRNESS = [
  "demographicParityDifference",
  "demographicParityRatio",
  "equalOpportunityDifference",
  "equalizedOddsDifference",
  "disparateImpactRatio",
];
/** The segment's groups hold dots; `nobody` is never seen. */
const GROUPS: Record<string, string[]> = { sex: ["F", "M", "nobody"], region: ["eu.west", "us", "nobody"] };
const QUALITY = [
  "feature.age.outOfRangeShare",
  "feature.plan.newCategoryShare",
  "feature.sex.newCategoryShare",
];
const METRICS = [
  ...Object.keys(GROUPS).flatMap((a) => [
    ...FAIRNESS.map((m) => `fairness.${a}.${m}`),
    ...GROUPS[a]!.map((g) => `fairness.${a}.selectionRate.${g}`),
  ]),
  ...QUALITY,
];

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const next = random(11);

/** Hour 1 is older and uses a plan the first reference lacks. */
function records(hour: number, n: number) {
  return Array.from({ length: n }, (_, i) => {
    const sex = next() < 0.45 ? "F" : "M";
    const score = Math.round(Math.min(1, next() * (sex === "F" ? 0.8 : 1.1)) * 1000) / 1000;
    return {
      id: `r-${hour}-${i}`,
      version: "v1",
      timestamp: T0 + hour * HOUR + Math.floor((i / n) * HOUR),
      features: {
        age: next() < 0.05 ? null : Math.round(20 + next() * 40 + hour * 15),
        plan: ["a", "b", "c", hour === 1 ? "d" : "a"][Math.floor(next() * 4)],
        sex,
      },
      segment: { region: next() < 0.6 ? "eu.west" : "us" },
      prediction: score >= 0.5 ? "yes" : "no",
      score,
    };
  });
}

function reference(ages: [number, number], plans: string[]): string {
  const lines = ["age,plan,sex"];
  for (let i = 0; i < 200; i++) {
    const age = Math.round(ages[0] + next() * (ages[1] - ages[0]));
    lines.push(`${age},${plans[i % plans.length]},${i % 2 === 0 ? "F" : "M"}`);
  }
  return `${lines.join("\n")}\n`;
}

type Series = { metric: string; points: { start: string; value: number | null; count: number }[] }[];

async function series(metrics: readonly string[], model = "fair"): Promise<Series> {
  const answer = await api.call(
    "GET",
    `/api/v1/models/${model}/timeseries?metrics=${encodeURIComponent(metrics.join(","))}&from=${iso(T0)}&to=${iso(T0 + 2 * HOUR)}&interval=1h`,
  );
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.series;
}

/** Every series point against `/report` over that single hour: its fairness section and quality columns. */
async function expectReportValues(result: Series): Promise<void> {
  let compared = 0;
  for (let hour = 0; hour < 2; hour++) {
    const answer = await api.call(
      "GET",
      `/api/v1/models/fair/report?from=${iso(T0 + hour * HOUR)}&to=${iso(T0 + (hour + 1) * HOUR)}`,
    );
    expect(answer.status).toBe(200);
    const report = answer.body;
    for (const { metric, points } of result) {
      const point = points[hour]!;
      const where = `${metric} @ hour ${hour}`;
      expect(point.start).toBe(iso(T0 + hour * HOUR));
      if (metric.startsWith("feature.")) {
        const [, feature, stat] = metric.split(".");
        const quality = report.quality.columns.find((c: { column: string }) => c.column === feature);
        const present = report.current.rows - quality.missing.current;
        const unusual =
          stat === "outOfRangeShare"
            ? quality.outOfRange
            : quality.newCategories.reduce((sum: number, c: { count: number }) => sum + c.count, 0);
        expect(point, where).toMatchObject({ value: unusual / present, count: present });
        compared++;
        continue;
      }
      const [, attribute, ...rest] = metric.split(".");
      const fairness = report.fairness.find((f: { attribute: string }) => f.attribute === attribute);
      if (rest[0] === "selectionRate") {
        const group = fairness.groups.find((g: { group: string }) => g.group === rest.slice(1).join("."));
        expect(point, where).toMatchObject(
          group ? { value: group.selectionRate, count: group.count } : { value: null, count: 0 },
        );
      } else {
        expect(point.value, where).toBe(fairness[rest[0]!]);
      }
      if (point.value !== null) compared++;
    }
  }
  expect(compared).toBe(2 * (METRICS.length - 2));
}

describe("fairness and data-quality time series", () => {
  it("set up", async () => {
    const created = await api.call("POST", "/api/v1/models", {
      body: {
        name: "fair",
        task: "binary",
        positiveLabel: "yes",
        features: [
          { name: "age", kind: "numerical" },
          { name: "plan", kind: "categorical" },
          { name: "sex", kind: "categorical" },
        ],
        segments: ["region"],
        sensitive: ["sex", "region"],
      },
    });
    expect(created.status).toBe(201);
    await api.call("POST", "/api/v1/models/fair/versions", { body: { version: "v1" } });
    const rows = [...records(0, 150), ...records(1, 150)];
    const accepted = await api.call("POST", "/api/v1/models/fair/predictions", { body: { records: rows } });
    expect(accepted.body.accepted).toBe(300);
    const labels = rows
      .filter((_, i) => i % 5 !== 0)
      .map((r, i) => ({
        id: r.id,
        label: i % 4 === 0 ? (r.prediction === "yes" ? "no" : "yes") : r.prediction,
      }));
    await api.call("POST", "/api/v1/models/fair/labels", { body: { records: labels } });
    // Fairness needs no reference; the quality shares do.
    const fairness = await series(METRICS.filter((m) => m.startsWith("fairness.")));
    expect(fairness[0]!.points.map((p) => p.value)).not.toContain(null);
    const missing = await api.call(
      "GET",
      `/api/v1/models/fair/timeseries?metrics=feature.age.outOfRangeShare&from=${iso(T0)}&to=${iso(T0 + 2 * HOUR)}`,
    );
    expect([missing.status, missing.body.error.code]).toEqual([409, "TELLTALE_NO_REFERENCE"]);
    await api.call("PUT", "/api/v1/models/fair/versions/v1/reference", {
      body: reference([20, 60], ["a", "b", "c"]),
      type: "text/csv",
    });
    await api.call("POST", "/api/v1/models", {
      body: {
        name: "reg",
        task: "regression",
        features: [{ name: "x", kind: "numerical" }],
        sensitive: ["x"],
      },
    });
  });

  it("gives per hour the report's fairness and quality over that hour's rows alone", async () => {
    const result = await series(METRICS);
    expect(result.map((s) => s.metric)).toEqual(METRICS);
    await expectReportValues(result);
    const at = (metric: string) => result.find((s) => s.metric === metric)!.points.map((p) => p.value);
    // Hour 1 is older than the reference's ages and holds plan 'd'; hour 0 is neither.
    expect(at("feature.age.outOfRangeShare")[0]).toBeLessThan(0.1);
    expect(at("feature.age.outOfRangeShare")[1]).toBeGreaterThan(0.2);
    expect(at("feature.plan.newCategoryShare")).toEqual([0, expect.any(Number)]);
    expect(at("feature.plan.newCategoryShare")[1]).toBeGreaterThan(0.1);
    expect(at("fairness.region.selectionRate.nobody")).toEqual([null, null]);
  });

  it("recomputes the quality shares after a new reference upload, and keeps fairness", async () => {
    const before = await series(METRICS);
    const again = await series(METRICS);
    expect(again).toEqual(before);
    await api.call("PUT", "/api/v1/models/fair/versions/v1/reference", {
      body: reference([10, 90], ["a", "b", "c", "d"]),
      type: "text/csv",
    });
    const after = await series(METRICS);
    await expectReportValues(after);
    const values = (s: Series, metric: string) =>
      s.find((x) => x.metric === metric)!.points.map((p) => p.value);
    expect(values(after, "feature.age.outOfRangeShare")).toEqual([0, 0]);
    expect(values(after, "feature.plan.newCategoryShare")).toEqual([0, 0]);
    expect(values(before, "feature.plan.newCategoryShare")[1]).toBeGreaterThan(0);
    for (const metric of METRICS.filter((m) => m.startsWith("fairness."))) {
      expect(values(after, metric), metric).toEqual(values(before, metric));
    }
  });

  it.each([
    ["fair", "fairness.age.demographicParityDifference", /the model has no sensitive attribute 'age'/],
    ["fair", "fairness.sex.accuracy", /fairness metrics are fairness.<attribute>/],
    ["fair", "feature.age.newCategoryShare", /feature 'age' is numerical/],
    ["fair", "feature.plan.outOfRangeShare", /feature 'plan' is categorical/],
    ["reg", "fairness.x.demographicParityRatio", /fairness metrics are for classification models/],
  ])("%s: refuses %s", async (model, metric, message) => {
    const answer = await api.call(
      "GET",
      `/api/v1/models/${model}/timeseries?metrics=${encodeURIComponent(metric)}&from=${iso(T0)}&to=${iso(T0 + HOUR)}`,
    );
    expect(answer.status).toBe(422);
    expect(answer.body.error.message).toMatch(message);
  });
});
