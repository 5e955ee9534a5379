import { describe, expect, it } from "vitest";
import { ndcgVerdict } from "./ndcg-verdict";

describe("ndcgVerdict", () => {
  it.each([
    [0.97, "reference", "good", "same features as in the reference"],
    [0.92, "previous", "warn", "near the alert threshold"],
    [0.9, "reference", "warn", "near the alert threshold"],
    [0.89, "previous", "bad", "moved away from the previous window"],
    [null, "reference", "neutral", "no baseline"],
    [0.99, null, "neutral", "no baseline"],
  ] as const)("%s against %s → %s", (ndcg, baseline, tone, text) => {
    const verdict = ndcgVerdict(ndcg, 0.9, baseline);
    expect(verdict.tone).toBe(tone);
    expect(verdict.text.toLowerCase()).toContain(text.toLowerCase());
  });
});
