import { driftMethodNames, driftMethods } from "@telltale/core";
import { describe, expect, it } from "vitest";
import { comparesPValue, DRIFT_METHODS } from "./drift-methods";

describe("DRIFT_METHODS", () => {
  it("names every method of core's registry with the same type (test or distance)", () => {
    expect(Object.keys(DRIFT_METHODS).sort()).toEqual([...driftMethodNames].sort());
    for (const name of driftMethodNames) {
      expect([name, DRIFT_METHODS[name].type]).toEqual([name, driftMethods[name].type]);
      expect(comparesPValue(name)).toBe(driftMethods[name].type === "test");
    }
  });
});
