import { describe, expect, it } from "vitest";
import { cusumDetector } from "./cusum-detector.js";
import {
  type DetectorInput,
  type DetectorMethodName,
  detect,
  detectorMethodNames,
  detectorMethods,
  isDetectorMethodName,
} from "./detectors.js";
import { ewmaDetector } from "./ewma-detector.js";
import { madDetector } from "./mad-detector.js";
import { noisySeries } from "./normal-noise.test-support.js";
import { pageHinkleyDetector } from "./page-hinkley-detector.js";
import { seasonalDetector } from "./seasonal-detector.js";

const HOUR = 3_600_000;
const START = 1_700_006_400_000;

/** The input a monitor builds for the point at `at`: the `window` points before it as history. */
function inputAt(values: readonly number[], at: number, window: number): DetectorInput {
  return {
    values: values.slice(at - window, at),
    timestamps: Array.from({ length: window }, (_, i) => START + (at - window + i) * HOUR),
    current: values[at]!,
    currentTimestamp: START + at * HOUR,
  };
}

describe("detectorMethods", () => {
  it("lists the five methods of a monitor's anomaly and changepoint conditions", () => {
    expect(detectorMethodNames).toEqual(["mad", "ewma", "seasonal", "cusum", "pagehinkley"]);
    expect(detectorMethodNames.map((m) => detectorMethods[m].kind)).toEqual([
      "anomaly",
      "anomaly",
      "anomaly",
      "changepoint",
      "changepoint",
    ]);
    expect(isDetectorMethodName("cusum")).toBe(true);
    expect(isDetectorMethodName("toString")).toBe(false);
  });

  it.each([
    ["mad", 3.5],
    ["ewma", 3.5],
    ["seasonal", 3.5],
    ["cusum", 10],
    ["pagehinkley", 10],
  ] as const)("%s defaults to sensitivity %d", (method, sensitivity) => {
    expect(detectorMethods[method].defaults.sensitivity).toBe(sensitivity);
  });
});

describe("detect", () => {
  const values = noisySeries(400, 99, 50, 5);
  const input = inputAt(values, 300, 168);
  const series = [...input.values, input.current];

  it.each([
    ["mad", madDetector(input.values, input.current)],
    ["ewma", ewmaDetector(input.values, input.current)],
    ["seasonal", seasonalDetector(input)],
    ["cusum", cusumDetector(series)],
    ["pagehinkley", pageHinkleyDetector(series, { unit: "sigma", delta: 0.5, sensitivity: 10 })],
  ] as const)("%s runs its detector with the monitor defaults", (method, expected) => {
    expect(detect(method, input)).toEqual(expected);
  });

  it.each([
    ["mad", madDetector(input.values, input.current, { sensitivity: 1 })],
    ["cusum", cusumDetector(series, { sensitivity: 1 })],
    ["pagehinkley", pageHinkleyDetector(series, { unit: "sigma", delta: 0.5, sensitivity: 1 })],
  ] as const)("%s takes a sensitivity", (method, expected) => {
    expect(detect(method, input, { sensitivity: 1 })).toEqual(expected);
  });

  it("keeps a default where a parameter is undefined", () => {
    expect(detect("pagehinkley", input, { sensitivity: undefined, unit: undefined })).toEqual(
      detect("pagehinkley", input),
    );
  });

  it("puts the current point last in a change-point detector's series", () => {
    const shifted = { ...input, current: input.current + 200 };
    expect(detect("cusum", shifted)).toMatchObject({ status: "anomalous", observed: shifted.current });
  });

  it("reports short input as insufficient", () => {
    const short = { values: [1, 2, 3], timestamps: [1, 2, 3], current: 2, currentTimestamp: 4 };
    for (const method of detectorMethodNames) expect(detect(method, short).status).toBe("insufficient");
  });

  it("throws RangeError for an unknown method or an invalid parameter", () => {
    expect(() => detect("prophet" as DetectorMethodName, input)).toThrow(RangeError);
    expect(() => detect("ewma", input, { sensitivity: -1 })).toThrow(RangeError);
  });
});

describe("every method at its monitor defaults on clean normal noise (rolling 168-point history)", () => {
  const evaluate = (method: DetectorMethodName, values: readonly number[]) => {
    let alarms = 0;
    for (let at = 168; at < values.length; at++) {
      if (detect(method, inputAt(values, at, 168)).status === "anomalous") alarms++;
    }
    return alarms;
  };

  it.each(detectorMethodNames)("%s gives no alert on 600 points", (method) => {
    expect(evaluate(method, noisySeries(600, 20240611))).toBe(0);
  });

  it.each(detectorMethodNames)("%s alerts on at most 0.25% of 4,320 evaluations over 10 series", (method) => {
    let alarms = 0;
    for (let seed = 1; seed <= 10; seed++) alarms += evaluate(method, noisySeries(600, seed));
    expect(alarms / 4320).toBeLessThanOrEqual(0.0025);
  });
});
