import { expect, it } from "vitest";
import { calibrationOption, calibrationPoints } from "./calibration-option";

const bins = [
  { lower: 0, upper: 0.1, count: 40, meanConfidence: 0.05, fractionPositive: 0.1 },
  { lower: 0.9, upper: 1, count: 10, meanConfidence: 0.95, fractionPositive: 0.8 },
];

it("draws each side's bins against the diagonal", () => {
  expect(calibrationPoints(bins)).toEqual([
    [0.05, 0.1, 40],
    [0.95, 0.8, 10],
  ]);
  expect(calibrationPoints(null)).toEqual([]);
  const option = calibrationOption(bins, null) as { series: { name: string; data: number[][] }[] };
  expect(option.series.map((s) => [s.name, s.data.length])).toEqual([
    ["perfectly calibrated", 2],
    ["Reference", 0],
    ["Current", 2],
  ]);
});
