import { describe, expect, it } from "vitest";
import type { Model } from "../store/types.js";
import { binaryClasses } from "./binary-classes.js";

const model = (positiveLabel: string | null) => ({ task: "binary", positiveLabel }) as Model;

describe("binaryClasses", () => {
  it.each([
    [
      "the model's positive label, the other class seen",
      "yes",
      [["yes", "yes"], ["no"]],
      { positive: "yes", negative: "no" },
    ],
    [
      "without one, a conventional positive name",
      null,
      [["0", "1"], [null]],
      { positive: "1", negative: "0" },
    ],
    [
      "without one, the last class in sorted order",
      null,
      [["cat", "dog"], []],
      { positive: "dog", negative: "cat" },
    ],
    [
      "a negative class only labels show",
      "yes",
      [["yes"], ["no", "yes"]],
      { positive: "yes", negative: "no" },
    ],
    ["no negative where none is seen", "yes", [["yes"], []], { positive: "yes", negative: null }],
  ] as const)("%s", (_, positive, outcomes, expected) => {
    expect(binaryClasses(model(positive), outcomes as unknown as (string | null)[][])).toEqual(expected);
  });
});
