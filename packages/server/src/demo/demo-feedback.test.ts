import { describe, expect, it } from "vitest";
import { demoFeedback } from "./demo-feedback.js";

const T = Date.UTC(2026, 10, 1);
const predictions = Array.from({ length: 300 }, (_, i) => ({
  id: `p${i}`,
  version: "v1",
  timestamp: T + i * 1000,
  features: {},
  prediction: i % 2 === 0 ? "yes" : "no",
}));
const labels = predictions.map((p, i) => ({ id: p.id, label: i % 4 < 2 ? "yes" : "no", timestamp: T }));

describe("demoFeedback", () => {
  it("rates one prediction in ten, thumbs mostly agreeing with whether it was right", () => {
    const feedback = demoFeedback(predictions, labels, T + 86_400_000);
    const thumbs = feedback.filter((f) => f.kind === "thumbs");
    expect(thumbs).toHaveLength(30);
    const right = (id: string) => {
      const i = Number(id.slice(1));
      return predictions[i]!.prediction === labels[i]!.label;
    };
    const agreeing = thumbs.filter((f) => (f.value === "up") === right(f.id)).length;
    expect(agreeing / thumbs.length).toBeGreaterThan(0.7);
    const ratings = feedback.filter((f) => f.kind === "rating");
    expect(ratings).toHaveLength(10);
    for (const r of ratings) expect(right(r.id) ? [4, 5] : [1, 2]).toContain(r.value);
    expect(demoFeedback(predictions, labels, T + 86_400_000)).toEqual(feedback);
  });

  it("gives none to predictions that never get a label, and none after now", () => {
    const feedback = demoFeedback(predictions, labels.slice(0, 100), T + 1000);
    expect(new Set(feedback.map((f) => f.id)).size).toBe(10);
    expect(Math.max(...feedback.map((f) => f.timestamp))).toBe(T + 1000);
  });
});
