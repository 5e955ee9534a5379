import { classificationMetrics, type LabelRecord, type PredictionRecord } from "@telltale/core";
import { beforeAll, describe, expect, it } from "vitest";
import { validateLabel } from "../ingest/validate-label.js";
import { validatePrediction } from "../ingest/validate-prediction.js";
import type { AdultRecord } from "./adult-record.js";
import { loadAdult } from "./load-adult.js";
import { type PlanTrafficInput, planTraffic, type TrafficPlan } from "./traffic-plan.js";
import { type DemoModels, trainDemoModels } from "./train-demo-models.js";

const START = Date.UTC(2025, 0, 1);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let test: AdultRecord[];
let models: DemoModels;
let input: PlanTrafficInput;
let plan: TrafficPlan;
let predictions: PredictionRecord[];
let labels: LabelRecord[];

beforeAll(() => {
  const adult = loadAdult();
  test = adult.test;
  models = trainDemoModels(adult.train);
  const [v1, v2] = models.versions;
  input = {
    rows: test,
    models: [
      { version: v1.version, share: 0.8, predict: v1.predict },
      { version: v2.version, share: 0.2, predict: v2.predict },
    ],
    start: START,
    days: 30,
    seed: 11,
  };
  plan = planTraffic(input);
  predictions = plan.events.flatMap((e) => (e.kind === "prediction" ? [e.record] : []));
  labels = plan.events.flatMap((e) => (e.kind === "label" ? [e.label] : []));
});

const at = (r: PredictionRecord) => r.timestamp as number;
const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;

function accuracy(records: readonly PredictionRecord[], truth: ReadonlyMap<string, string>): number {
  const kept = records.filter((r) => truth.has(r.id));
  const classes = ["<=50K", ">50K"];
  return classificationMetrics({
    labels: classes,
    target: Int32Array.from(kept, (r) => classes.indexOf(truth.get(r.id)!)),
    prediction: Int32Array.from(kept, (r) => classes.indexOf(r.prediction as string)),
    positive: 1,
  }).accuracy!;
}

describe("planTraffic", () => {
  it("replays every test row once over the month, in time order, with unique ids", () => {
    expect(predictions).toHaveLength(test.length);
    expect(new Set(predictions.map((r) => r.id)).size).toBe(test.length);
    for (let i = 1; i < plan.events.length; i++) {
      expect(plan.events[i]!.at).toBeGreaterThanOrEqual(plan.events[i - 1]!.at);
    }
    expect(Math.min(...predictions.map(at))).toBeGreaterThanOrEqual(START);
    expect(Math.max(...predictions.map(at))).toBeLessThan(START + 30 * DAY);
    expect(plan.scenario.predictions).toBe(test.length);
    expect(plan.scenario.labels).toBe(labels.length);
  });

  it("is deterministic: the same seed gives the same plan, another seed another", () => {
    expect(planTraffic(input)).toEqual(plan);
    const other = planTraffic({ ...input, seed: 12 });
    expect(other.events[0]).not.toEqual(plan.events[0]);
  });

  it("splits traffic 80/20 between the versions and across the channels", () => {
    const v2 = predictions.filter((r) => r.version === "v2").length / predictions.length;
    expect(v2).toBeGreaterThan(0.18);
    expect(v2).toBeLessThan(0.22);
    const partner = predictions.filter((r) => r.segment?.channel === "partner").length / predictions.length;
    expect(partner).toBeGreaterThan(0.13);
    expect(partner).toBeLessThan(0.17);
  });

  it("corrupts hours-per-week and capital-gain only inside the drift window, before the model predicts", () => {
    const { from, to } = plan.scenario.drift;
    expect(from).toBe(START + 12 * DAY);
    expect(to).toBe(START + 16 * DAY);
    const inside = predictions.filter((r) => at(r) >= from && at(r) < to);
    const outside = predictions.filter((r) => at(r) < from || at(r) >= to);
    const hours = (rs: PredictionRecord[]) => mean(rs.map((r) => r.features["hours-per-week"] as number));
    expect(hours(inside) / hours(outside)).toBeGreaterThan(1.5);
    expect(inside.every((r) => r.features["capital-gain"] === 0)).toBe(true);
    expect(outside.some((r) => (r.features["capital-gain"] as number) > 0)).toBe(true);
    // The predictions really changed: with capital-gain gone, fewer high-income calls.
    const positive = (rs: PredictionRecord[]) => mean(rs.map((r) => (r.score as number) ?? 0));
    expect(Math.abs(positive(inside) - positive(outside))).toBeGreaterThan(0.01);
  });

  it("sends each label 2-8 hours after its prediction, and about 8% never", () => {
    const byId = new Map(predictions.map((r) => [r.id, r] as const));
    for (const label of labels) {
      const prediction = byId.get(label.id)!;
      const delay = (label.timestamp as number) - at(prediction);
      expect(delay).toBeGreaterThanOrEqual(2 * HOUR);
      expect(delay).toBeLessThanOrEqual(8 * HOUR);
    }
    for (const e of plan.events) if (e.kind === "label") expect(e.at).toBe(e.label.timestamp);
    const missing = 1 - labels.length / predictions.length;
    expect(missing).toBeGreaterThan(0.06);
    expect(missing).toBeLessThan(0.1);
  });

  it("drops the partner channel's accuracy in the last week, and only there", () => {
    const truth = new Map(labels.map((l) => [l.id, l.label as string] as const));
    const { from } = plan.scenario.segmentDrop;
    expect(plan.scenario.segmentDrop.segment).toEqual({ channel: "partner" });
    expect(from).toBe(START + 23 * DAY);
    const slice = (channel: string, late: boolean) =>
      predictions.filter((r) => r.segment?.channel === channel && at(r) >= from === late);
    const partnerBefore = accuracy(slice("partner", false), truth);
    const partnerAfter = accuracy(slice("partner", true), truth);
    const webAfter = accuracy(slice("web", true), truth);
    expect(partnerBefore).toBeGreaterThan(0.8);
    expect(partnerBefore - partnerAfter).toBeGreaterThan(0.2);
    expect(webAfter).toBeGreaterThan(0.8);
  });

  it("produces records the server's ingest validation accepts", () => {
    const context = {
      task: "binary" as const,
      positiveLabel: ">50K",
      features: new Map(),
      versions: new Set(["v1", "v2"]),
      receivedAt: START,
    };
    for (const record of predictions) {
      const check = validatePrediction(structuredClone(record), context);
      expect(check.success, JSON.stringify(check)).toBe(true);
      expect(Object.keys(record.features)).toHaveLength(14);
      expect(record.features.sex === null || typeof record.features.sex === "string").toBe(true);
      expect(record).not.toHaveProperty("label");
    }
    for (const label of labels)
      expect(validateLabel(structuredClone(label), "binary", START).success).toBe(true);
  });

  it("rejects models without traffic and partial days", () => {
    expect(() => planTraffic({ ...input, models: [] })).toThrow(RangeError);
    expect(() => planTraffic({ ...input, days: 2.5 })).toThrow(RangeError);
    expect(() => planTraffic({ ...input, models: input.models.map((m) => ({ ...m, share: 0 })) })).toThrow(
      RangeError,
    );
  });
});
