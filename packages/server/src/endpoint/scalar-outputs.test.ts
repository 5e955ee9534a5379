import { describe, expect, it } from "vitest";
import type { EndpointOutput } from "./endpoint-output.js";
import { scalarOutputs } from "./scalar-outputs.js";

const out = (
  score: EndpointOutput["score"],
  prediction: EndpointOutput["prediction"] = null,
): EndpointOutput => ({
  score,
  prediction,
});

describe("scalarOutputs", () => {
  const cases: readonly (readonly [
    string,
    readonly EndpointOutput[],
    "binary" | "multiclass" | "regression",
    { positive?: string; target?: string },
    number[],
  ])[] = [
    ["binary score numbers", [out(0.2), out(0.9, "1")], "binary", {}, [0.2, 0.9]],
    ["binary class probabilities", [out({ no: 0.7, yes: 0.3 })], "binary", { positive: "yes" }, [0.3]],
    ["binary labels only", [out(null, "yes"), out(null, "no")], "binary", { positive: "yes" }, [1, 0]],
    ["binary numeric labels", [out(null, 1), out(null, 0)], "binary", { positive: "1" }, [1, 0]],
    ["regression values as scores", [out(3.5), out(-2)], "regression", {}, [3.5, -2]],
    ["regression values as predictions", [out(null, 3.5)], "regression", {}, [3.5]],
    [
      "multiclass probabilities",
      [out({ a: 0.1, b: 0.6, c: 0.3 }, "b")],
      "multiclass",
      { target: "c" },
      [0.3],
    ],
    ["multiclass labels only", [out(null, "c"), out(null, "a")], "multiclass", { target: "c" }, [1, 0]],
  ];
  it.each(cases)("reduces %s", (_name, outputs, task, options, expected) => {
    expect(Array.from(scalarOutputs(outputs, task, options))).toEqual(expected);
  });

  const failures: readonly (readonly [
    string,
    readonly EndpointOutput[],
    "binary" | "multiclass" | "regression",
    { positive?: string; target?: string },
    RegExp,
  ])[] = [
    [
      "binary probabilities without the positive class",
      [out(0.1), out({ a: 1 })],
      "binary",
      {},
      /prediction 1 .*positive/,
    ],
    [
      "binary probabilities missing the positive class",
      [out({ no: 1 })],
      "binary",
      { positive: "yes" },
      /"yes"/,
    ],
    ["regression labels", [out(1), out(null, "high")], "regression", {}, /prediction 1 is not a number/],
    ["multiclass single numbers", [out(0.4)], "multiclass", { target: "a" }, /single number/],
    ["multiclass without a target", [out({ a: 1 })], "multiclass", {}, /target/],
  ];
  it.each(failures)("refuses %s, naming the row", (_name, outputs, task, options, message) => {
    expect(() => scalarOutputs(outputs, task, options)).toThrow(
      expect.objectContaining({
        code: "TELLTALE_ENDPOINT_BAD_RESPONSE",
        message: expect.stringMatching(message),
      }),
    );
  });
});
