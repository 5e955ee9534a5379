import { describe, expect, it } from "vitest";
import { explainSummary } from "./explain-summary";
import type { ExplainAnswer } from "./explain-types";

const answer: ExplainAnswer = {
  from: "2026-01-01T00:00:00Z",
  to: "2026-01-02T00:00:00Z",
  version: null,
  explainedVersion: "v1",
  method: "logged",
  baseline: "reference",
  rows: 1234,
  sampled: null,
  evaluations: 0,
  importance: [],
  ndcg: 0.97,
  ndcgThreshold: 0.9,
  attributionDrift: false,
  driftImpact: [],
};

describe("explainSummary", () => {
  it.each([
    [answer, "Logged attributions on 1,234 predictions of version v1; compared with the reference."],
    [
      { ...answer, method: "shap", sampled: 50, evaluations: 104_400, baseline: "previous" },
      "Kernel SHAP on a sample of 50 predictions of version v1, 104,400 calls of the model's endpoint; compared with the previous window.",
    ],
    [
      { ...answer, method: "permutation", baseline: null, evaluations: 10 },
      "Permutation on 1,234 predictions of version v1, 10 calls of the model's endpoint; no baseline to compare with.",
    ],
  ] as const)("%#", (a, text) => {
    expect(explainSummary(a)).toBe(text);
  });
});
