import { classificationMetrics } from "@telltale/core";
import { beforeAll, describe, expect, it } from "vitest";
import { ADULT_FEATURES, type AdultRecord, adultFeatures } from "./adult-record.js";
import { loadAdult } from "./load-adult.js";
import { type DemoModels, trainDemoModels } from "./train-demo-models.js";

let train: AdultRecord[];
let models: DemoModels;

beforeAll(() => {
  train = loadAdult().train;
  models = trainDemoModels(train);
});

const meanAge = (rows: readonly { readonly age?: unknown }[]) =>
  rows.reduce((s, r) => s + (r.age as number), 0) / rows.length;

describe("trainDemoModels", () => {
  it("trains v1 on the training split minus a 20% holdout and v2 on a skewed 60% extract of it", () => {
    const [v1, v2] = models.versions;
    expect(models.holdoutRows).toBe(6_512);
    expect(v1.version).toBe("v1");
    expect(v1.trainingRows).toBe(train.length - 6_512);
    expect(v2.version).toBe("v2");
    expect(v2.trainingRows).toBe(Math.round(v1.trainingRows * 0.6));
    // Under-35s weighted 4:1 pull v2's reference younger than production.
    expect(meanAge(v1.reference)).toBeCloseTo(meanAge(train), 0);
    expect(meanAge(v1.reference) - meanAge(v2.reference)).toBeGreaterThan(3);
  });

  it("benchmarks both on the holdout at the level logistic regression reaches on Adult", () => {
    for (const v of models.versions) {
      expect(v.benchmark.rows).toBe(6_512);
      expect(v.benchmark.accuracy).toBeGreaterThan(0.84);
      expect(v.benchmark.f1).toBeGreaterThan(0.6);
      expect(v.benchmark.rocAuc).toBeGreaterThan(0.89);
    }
  });

  it("keeps reference rows with the 14 features, label, prediction, score and attributions that predict reproduces", () => {
    for (const v of models.versions) {
      const row = v.reference[123]!;
      expect(Object.keys(row).slice(0, 17)).toEqual([...ADULT_FEATURES, "label", "prediction", "score"]);
      expect(Object.keys(row).slice(17).sort()).toEqual(ADULT_FEATURES.map((f) => `attribution.${f}`).sort());
      const { prediction, score } = v.predict(adultFeatures(row as unknown as AdultRecord));
      expect(score).toBeCloseTo(row.score as number, 12);
      expect(prediction).toBe(row.prediction);
    }
  });

  it("logs attributions that are SHAP values of the logit: zero mean over training, differences of logits", () => {
    for (const v of models.versions) {
      const logit = (score: number) => Math.log(score / (1 - score));
      const sum = (r: (typeof v.reference)[number]) =>
        ADULT_FEATURES.reduce((s, f) => s + (r[`attribution.${f}`] as number), 0);
      for (const f of ADULT_FEATURES) {
        const mean =
          v.reference.reduce((s, r) => s + (r[`attribution.${f}`] as number), 0) / v.reference.length;
        expect(Math.abs(mean)).toBeLessThan(1e-12);
      }
      // Rows with moderate scores, whose logit survives the round trip through the probability.
      const [a, b] = [v.reference[0]!, v.reference[17]!];
      expect(sum(a) - sum(b)).toBeCloseTo(logit(a.score as number) - logit(b.score as number), 9);
      expect(v.reference.some((r) => Math.abs(r["attribution.age"] as number) > 0.1)).toBe(true);
    }
  });

  it("has v1's training accuracy, from its reference columns, close to its holdout accuracy", () => {
    // v2's is not: its young-heavy extract is easier than production (that is the point of the demo).
    const [v1] = models.versions;
    const labels = [">50K", "<=50K"];
    const code = (value: unknown) => labels.indexOf(value as string);
    const m = classificationMetrics({
      labels,
      target: Int32Array.from(v1.reference, (r) => code(r.label)),
      prediction: Int32Array.from(v1.reference, (r) => code(r.prediction)),
      positive: 0,
    });
    expect(Math.abs(m.accuracy! - v1.benchmark.accuracy!)).toBeLessThan(0.01);
  });

  it("gives the same models for the same seed", () => {
    const again = trainDemoModels(train);
    expect(again.versions[0].benchmark).toEqual(models.versions[0].benchmark);
    expect(again.versions[1].reference[10]).toEqual(models.versions[1].reference[10]);
    const other = trainDemoModels(train, { seed: 5 });
    expect(other.versions[0].benchmark).not.toEqual(models.versions[0].benchmark);
  });
});
