import { describe, expect, it } from "vitest";
import type { SliceCondition } from "./explain-types";
import { sliceOf } from "./slice.test-support";
import { performanceHref, sliceSegment } from "./slice-link";

const slice = (...conditions: SliceCondition[]) => sliceOf(conditions);

const partner: SliceCondition = { feature: "channel", kind: "category", value: "partner" };

describe("sliceSegment", () => {
  it.each([
    ["one category of a segment column", slice(partner), "channel:partner"],
    ["a feature, not a segment column", slice({ ...partner, feature: "workclass" }), null],
    ["a range", slice({ feature: "channel", kind: "range", lower: 1, upper: 2 }), null],
    ["a missing value", slice({ feature: "channel", kind: "missing" }), null],
    ["two conditions", slice(partner, { feature: "region", kind: "category", value: "eu" }), null],
  ])("%s", (_, s, segment) => {
    expect(sliceSegment(s, ["channel", "region"])).toBe(segment);
  });
});

describe("performanceHref", () => {
  it("keeps the window, replaces the segment and drops the view's own keys", () => {
    expect(
      performanceHref(
        "adult income",
        "?range=24h&interval=1h&version=v2&segment=region:eu&feature=age&method=shap&slices=error",
        "channel:partner",
      ),
    ).toBe("/models/adult%20income/performance?range=24h&interval=1h&version=v2&segment=channel%3Apartner");
  });
});
