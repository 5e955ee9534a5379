import { describe, expect, it } from "vitest";
import { decideCondition } from "./decide-condition.js";

describe("decideCondition", () => {
  it.each([
    [">", 0.5, 0.6, true],
    [">", 0.5, 0.5, false],
    [">=", 0.5, 0.5, true],
    ["<", 0.8, 0.79, true],
    ["<", 0.8, 0.8, false],
    ["<=", 0.8, 0.8, true],
  ] as const)("threshold %s %d on %d → %s", (op, limit, value, breach) => {
    const d = decideCondition("accuracy", value, { type: "threshold", op, value: limit })!;
    expect(d.breach).toBe(breach);
    expect(d.compared).toBe(limit);
  });

  it("says what it compared in one line", () => {
    expect(decideCondition("accuracy", 0.71, { type: "threshold", op: "<", value: 0.8 })!.reason).toBe(
      "accuracy 0.71 < 0.8",
    );
    expect(decideCondition("f1", 0.9, { type: "threshold", op: "<", value: 0.8 })!.reason).toBe(
      "f1 0.9 not < 0.8",
    );
  });

  it.each([
    [0.1, 0.2, 0.05, true],
    [0.1, 0.2, 0.25, true],
    [0.1, 0.2, 0.1, false],
    [0.1, 0.2, 0.2, false],
  ])("outside [%d, %d] on %d → %s", (low, high, value, breach) => {
    const d = decideCondition("score.mean", value, { type: "outside", low, high })!;
    expect(d).toMatchObject({ breach, lower: low, upper: high });
  });

  it("measures change in percent of the base's magnitude, signed", () => {
    const rise = { type: "change", vs: "previous", op: ">", percent: 30 } as const;
    expect(decideCondition("count", 131, rise, { value: 100 })!.breach).toBe(true);
    expect(decideCondition("count", 130, rise, { value: 100 })!.breach).toBe(false);
    const fall = { type: "change", vs: "reference", op: "<", percent: -10 } as const;
    expect(decideCondition("f1", 0.71, fall, { value: 0.8 })).toMatchObject({ breach: true, compared: 0.8 });
    expect(decideCondition("f1", 0.73, fall, { value: 0.8 })!.breach).toBe(false);
    // A negative base: a move towards zero is a rise.
    expect(decideCondition("meanError", -0.5, rise, { value: -1 })!.breach).toBe(true);
    expect(decideCondition("f1", 0.71, fall, { value: 0.8 })!.reason).toBe(
      "f1 0.71 is -11.25% against the offline benchmark (0.8); alert when < -10%",
    );
  });

  it("has no decision when a change has nothing to compare with", () => {
    const c = { type: "change", vs: "previous", op: ">", percent: 30 } as const;
    expect(decideCondition("count", 5, c, { value: null })).toBeNull();
    expect(decideCondition("count", 5, c, { value: 0 })).toBeNull();
    expect(decideCondition("count", 5, c)).toBeNull();
  });
});
