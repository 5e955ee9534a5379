import { describe, expect, it } from "vitest";
import { confusionOption, rowShares } from "./confusion-option";

type Cell = [number, number, number, number];
interface Shaped {
  xAxis: { data: string[] };
  yAxis: { data: string[] };
  series: { data: Cell[]; label: { formatter: (p: { value: Cell }) => string } }[];
}

describe("confusion matrix", () => {
  it.each([
    [
      [
        [3, 1],
        [0, 0],
      ],
      [
        [0.75, 0.25],
        [0, 0],
      ],
    ],
    [
      [
        [2, 2, 0],
        [0, 5, 5],
        [1, 0, 0],
      ],
      [
        [0.5, 0.5, 0],
        [0, 0.5, 0.5],
        [1, 0, 0],
      ],
    ],
  ])("rowShares %#: shares per true class, empty rows as zeros", (matrix, expected) => {
    expect(rowShares(matrix)).toEqual(expected);
  });
  it("cells carry predicted, true, row share and count; labels show count and share", () => {
    const option = confusionOption({
      labels: ["no", "yes"],
      matrix: [
        [3, 1],
        [2, 6],
      ],
    }) as unknown as Shaped;
    expect(option.xAxis.data).toEqual(["no", "yes"]);
    expect(option.yAxis.data).toEqual(["no", "yes"]);
    expect(option.series[0]!.data).toEqual([
      [0, 0, 0.75, 3],
      [1, 0, 0.25, 1],
      [0, 1, 0.25, 2],
      [1, 1, 0.75, 6],
    ]);
    expect(option.series[0]!.label.formatter({ value: [1, 1, 0.75, 6] })).toBe("6\n75%");
  });
});
