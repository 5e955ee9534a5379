import { describe, expect, it } from "vitest";
import type { PredictionFeedback } from "../../api/types";
import { feedbackKindLabel, feedbackSummary, feedbackValueText } from "./feedback-text";

const record = (
  kind: PredictionFeedback["kind"],
  value: PredictionFeedback["value"],
): PredictionFeedback => ({
  kind,
  value,
  user: null,
  timestamp: "2026-11-01T00:00:00.000Z",
});

describe("feedbackValueText", () => {
  it.each([
    ["thumbs", true, { symbol: "👍", text: "thumbs up" }],
    ["thumbs", false, { symbol: "👎", text: "thumbs down" }],
    ["thumbs", "up", { symbol: "👍", text: "thumbs up" }],
    ["thumbs", 0, { symbol: "👎", text: "thumbs down" }],
    ["rating", 4, { symbol: "★", text: "4" }],
    ["rating", 3.5, { symbol: "★", text: "3.5" }],
    ["correction", ">50K", { symbol: "→", text: ">50K" }],
    ["correction", 12.25, { symbol: "→", text: "12.25" }],
    ["comment", "wrong: she retired", { symbol: null, text: "wrong: she retired" }],
  ] as const)("%s %j", (kind, value, expected) => {
    expect(feedbackValueText(record(kind, value))).toEqual(expected);
  });

  it("names each kind in words", () => {
    expect(["thumbs", "rating", "correction", "comment"].map((k) => feedbackKindLabel(k as never))).toEqual([
      "Thumbs",
      "Rating",
      "Correction",
      "Comment",
    ]);
  });
});

describe("feedbackSummary", () => {
  it.each([
    [[record("thumbs", true)], "1 record: 1 thumbs up, 0 thumbs down"],
    [
      [
        record("thumbs", true),
        record("thumbs", false),
        record("rating", 4),
        record("rating", 5),
        record("correction", "<=50K"),
        record("comment", "a"),
        record("comment", "b"),
      ],
      "7 records: 1 thumbs up, 1 thumbs down, mean rating 4.5, 1 correction, 2 comments",
    ],
    [[], "0 records"],
  ] as const)("%#: %s", (feedback, text) => {
    expect(feedbackSummary(feedback)).toBe(text);
  });
});
