import { expect, it } from "vitest";
import { trafficChange, trafficChangeText } from "./traffic-change";

it.each([
  [150, 100, 0.5, "+50%"],
  [40, 100, -0.6, "−60%"],
  [0, 0, 0, "±0%"],
  [10, 0, null, "new"],
])("%i after %i", (last, previous, change, text) => {
  expect(trafficChange(last, previous)).toBe(change);
  expect(trafficChangeText(last, previous)).toBe(text);
});
