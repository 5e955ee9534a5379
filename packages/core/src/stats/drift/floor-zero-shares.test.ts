import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-distances.json" with { type: "json" };
import { floorZeroShares } from "./floor-zero-shares.js";

const f64 = (values: readonly (number | null)[]) => Float64Array.from(values, (v) => v ?? Number.NaN);

describe("floorZeroShares is Evidently's zero fill", () => {
  it.each(golden.shares.map((c) => [c.name, c] as const))("%s", (_, c) => {
    expect([...floorZeroShares(f64(c.reference))]).toEqual(c.referenceFloored);
    expect([...floorZeroShares(f64(c.current))]).toEqual(c.currentFloored);
  });

  it.each([
    ["no zeros: unchanged", [0.25, 0.75], [0.25, 0.75]],
    ["smallest share above 1e-4: fill 1e-4", [0, 0.5, 0.5], [0.0001, 0.5, 0.5]],
    [
      "smallest share 1e-4 or below: a millionth of it",
      [0, 0.00005, 0.99995],
      [0.00005 / 1e6, 0.00005, 0.99995],
    ],
    ["all zero: unchanged", [0, 0], [0, 0]],
  ])("%s", (_, shares, expected) => {
    const input = Float64Array.from(shares);
    expect([...floorZeroShares(input)]).toEqual(expected);
    expect([...input]).toEqual(shares);
  });
});
