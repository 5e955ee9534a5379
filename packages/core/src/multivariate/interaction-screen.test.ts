import { describe, expect, it } from "vitest";
import { seededRandom } from "../stats/seeded-random.js";
import { screenInteractions } from "./interaction-screen.js";

describe("screenInteractions", () => {
  // Columns 0..3 about standard normal; label 1 flips column 2's correlation with column 0 and, less, 3's with 1.
  const n = 400;
  const width = 5;
  const random = seededRandom(7);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const x = new Float64Array(n * width);
  const y = Uint8Array.from({ length: n }, (_, i) => i % 2);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < 4; j++) x[i * width + j] = normal();
    x[i * width + 2] = (y[i] ? -0.9 : 0.9) * x[i * width]! + 0.4 * x[i * width + 2]!;
    x[i * width + 3] = (y[i] ? -0.5 : 0.5) * x[i * width + 1]! + 0.8 * x[i * width + 3]!;
    x[i * width + 4] = i % 3;
  }
  const numerical = Int32Array.from([0, 1, 2, 3]);
  const rows = Int32Array.from({ length: n }, (_, i) => i);

  it("ranks the product whose mean differs between the labels first", () => {
    expect(Array.from(screenInteractions(x, width, numerical, y, rows, 1))).toEqual([0, 2]);
  });

  it("returns the pairs above t = 2 in column order, at most `keep` of them, and none without both labels", () => {
    const pairs = screenInteractions(x, width, numerical, y, rows, 3);
    const keys = Array.from({ length: pairs.length / 2 }, (_, q) => pairs[2 * q]! * 10 + pairs[2 * q + 1]!);
    expect(keys.length).toBeLessThanOrEqual(3);
    expect(keys).toContain(2);
    expect(keys).toContain(13);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    const alike = Uint8Array.from({ length: n }, (_, i) => (i < n / 2 ? 1 : 0));
    expect(screenInteractions(x, width, numerical, alike, rows, 10).length).toBeLessThanOrEqual(2 * 2);
    expect(screenInteractions(x, width, numerical, y, rows, 0).length).toBe(0);
    const evens = Int32Array.from({ length: n / 2 }, (_, i) => 2 * i);
    expect(screenInteractions(x, width, numerical, y, evens, 3).length).toBe(0);
  });
});
