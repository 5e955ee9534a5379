import type { ChartOption } from "../../charts/echart";
import { PALETTE } from "../../charts/palette";
import { formatCount, formatPercent } from "../../format/format";

export interface ConfusionMatrix {
  readonly labels: readonly string[];
  readonly matrix: readonly (readonly number[])[];
}

/** Each cell as a share of its row (the true class), so classes of different sizes read alike. */
export function rowShares(matrix: ConfusionMatrix["matrix"]): number[][] {
  return matrix.map((row) => {
    const total = row.reduce((a, b) => a + b, 0);
    return row.map((n) => (total === 0 ? 0 : n / total));
  });
}

/** A heatmap of true (rows) against predicted (columns) classes; colour is the row share, labels show both. */
export function confusionOption(confusion: ConfusionMatrix): ChartOption {
  const shares = rowShares(confusion.matrix);
  const data: [number, number, number, number][] = [];
  confusion.matrix.forEach((row, t) => {
    row.forEach((count, p) => {
      data.push([p, t, shares[t]![p]!, count]);
    });
  });
  return {
    grid: { left: 80, right: 16, top: 16, bottom: 56 },
    tooltip: {
      formatter: (params: { value: [number, number, number, number] }) => {
        const [p, t, share, count] = params.value;
        return `true ${confusion.labels[t]}, predicted ${confusion.labels[p]}: ${formatCount(count)} (${formatPercent(share)} of the class)`;
      },
    },
    xAxis: {
      type: "category",
      data: [...confusion.labels],
      name: "predicted",
      nameLocation: "middle",
      nameGap: 32,
    },
    yAxis: {
      type: "category",
      data: [...confusion.labels],
      name: "true",
      nameLocation: "middle",
      nameGap: 64,
      inverse: true,
    },
    visualMap: {
      min: 0,
      max: 1,
      show: false,
      inRange: { color: ["#f7fbff", PALETTE.sky] },
      dimension: 2,
    },
    series: [
      {
        type: "heatmap",
        data,
        label: {
          show: true,
          lineHeight: 18,
          fontSize: 12,
          color: PALETTE.ink,
          textBorderColor: "#fff",
          textBorderWidth: 2,
          formatter: (params: { value: [number, number, number, number] }) =>
            `${formatCount(params.value[3])}\n${formatPercent(params.value[2])}`,
        },
      },
    ],
  };
}
