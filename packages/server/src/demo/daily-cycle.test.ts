import { describe, expect, it } from "vitest";
import { timeOfDay } from "./daily-cycle.js";

describe("timeOfDay", () => {
  it("maps [0, 1) monotonically onto the day", () => {
    expect(timeOfDay(0)).toBeCloseTo(0, 9);
    expect(timeOfDay(0.999_999)).toBeCloseTo(1, 5);
    let previous = -1;
    for (let u = 0; u < 1; u += 0.01) {
      const t = timeOfDay(u);
      expect(t).toBeGreaterThan(previous);
      previous = t;
    }
  });

  it("puts more traffic in the afternoon than at night", () => {
    const hours = new Array<number>(24).fill(0);
    for (let k = 0; k < 24_000; k++) hours[Math.floor(timeOfDay((k + 0.5) / 24_000) * 24)]!++;
    // Intensity 1 ± 0.6: about 1.6/0.4 = 4 times as much at 14:00 as at 02:00.
    expect(hours[14]! / hours[2]!).toBeGreaterThan(3.5);
    expect(hours[14]! / hours[2]!).toBeLessThan(4.5);
  });
});
