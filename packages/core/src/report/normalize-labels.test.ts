import { describe, expect, it } from "vitest";
import type { CategoricalColumn } from "../columns.js";
import { stripTrailingDotLabels } from "./normalize-labels.js";

const column = (categories: string[]): CategoricalColumn => ({
  kind: "categorical",
  codes: Int32Array.from([0, 1, -1, 0]),
  categories,
});

describe("stripTrailingDotLabels", () => {
  it("drops the dot when that maps every label onto the reference", () => {
    const out = stripTrailingDotLabels(column(["<=50K", ">50K"]), column(["<=50K.", ">50K."]));
    expect(out).toEqual(column(["<=50K", ">50K"]));
  });

  it.each([
    ["a label already matches", ["<=50K", ">50K."]],
    ["a label has no dot", ["<=50K.", "other"]],
    ["a stripped label is unknown", ["<=50K.", "<=60K."]],
  ])("leaves the column alone when %s", (_, categories) => {
    expect(stripTrailingDotLabels(column(["<=50K", ">50K"]), column(categories))).toBeNull();
  });
});
