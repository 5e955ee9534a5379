import { describe, expect, it } from "vitest";
import { verdictText } from "./verdict-text";

describe("verdictText", () => {
  it.each([
    [
      { candidate: 5, base: 2, tie: 1 },
      "The candidate is better on 5 of 8 metrics, what was served on 2; 1 tie.",
    ],
    [{ candidate: 1, base: 0, tie: 0 }, "The candidate is better on 1 of 1 metric, what was served on 0."],
    [{ candidate: 0, base: 0, tie: 0 }, "No metric has a better direction and both values."],
  ])("%j", (v, text) => {
    expect(verdictText(v, "the candidate", "what was served")).toBe(text);
  });
});
