import type { ChartOption } from "../../charts/echart";
import { PALETTE } from "../../charts/palette";
import { formatNumber } from "../../format/format";
import type { PredictionExplanation } from "./explanation-types";
import { valueText } from "./prediction-values";

export interface WaterfallStep {
  /** `age = 39`, or `3 other features`. */
  readonly label: string;
  readonly attribution: number;
  /** The running output before and after this step. */
  readonly start: number;
  readonly end: number;
}

/**
 * SHAP's waterfall, top row first: the `limit` largest attributions (largest on top) and the rest summed in one row at
 * the bottom; the running sum starts at the expected value at the bottom and ends at the output on top.
 */
export function waterfallSteps(explanation: PredictionExplanation, limit = 10): WaterfallStep[] {
  const sorted = [...explanation.attributions]
    .filter((a) => Number.isFinite(a.attribution))
    .sort((a, b) => Math.abs(b.attribution) - Math.abs(a.attribution) || a.feature.localeCompare(b.feature));
  const shown = sorted.slice(0, limit).map((a) => ({
    label: `${a.feature} = ${valueText(a.value)}`,
    attribution: a.attribution,
  }));
  const rest = sorted.slice(limit);
  const bottomUp = [
    ...(rest.length === 0
      ? []
      : [
          {
            label: `${rest.length} other feature${rest.length === 1 ? "" : "s"}`,
            attribution: rest.reduce((s, a) => s + a.attribution, 0),
          },
        ]),
    ...shown.reverse(),
  ];
  let running = explanation.expectedValue;
  const steps = bottomUp.map((s) => {
    const start = running;
    running += s.attribution;
    return { ...s, start, end: running };
  });
  return steps.reverse();
}

/**
 * Horizontal waterfall bars: an invisible bar up to each step's lower end stacked with a visible one as long as the
 * attribution (red pushes the output up, blue down). Values are drawn shifted below the lowest point so stacking
 * never crosses zero; the axis labels add the shift back.
 */
export function explanationOption(
  steps: readonly WaterfallStep[],
  expectedValue: number,
  output: number,
): ChartOption {
  const ends = [expectedValue, output, ...steps.flatMap((s) => [s.start, s.end])];
  const low = Math.min(...ends);
  const high = Math.max(...ends);
  const pad = (high - low) * 0.05 || Math.abs(low) * 0.05 || 0.05;
  // A round shift (a multiple of the span's power of ten) keeps the axis ticks on round values.
  const step = 10 ** Math.floor(Math.log10(high - low + 2 * pad));
  const shift = Math.floor((low - pad) / step) * step;
  // Rounded to a millionth of the step, so the shift's float error never shows as −5.55e-17 for 0.
  const unshift = (v: number) => {
    const q = step / 1e6;
    const r = Math.round((v + shift) / q) * q;
    return formatNumber(r === 0 ? 0 : r);
  };
  const tooltip = (i: number) => {
    const s = steps[i];
    if (s === undefined) return "";
    const sign = s.attribution > 0 ? "+" : s.attribution < 0 ? "−" : "±";
    return `${s.label}<br/>${sign}${formatNumber(Math.abs(s.attribution))}: ${formatNumber(s.start)} → ${formatNumber(s.end)}`;
  };
  const line = (value: number, label: string, colour: string) => ({
    xAxis: value - shift,
    name: label,
    lineStyle: { color: colour, type: "dashed" },
    label: { formatter: `${label} ${formatNumber(value)}`, position: "start" },
  });
  return {
    grid: { left: 8, right: 24, top: 28, bottom: 24, containLabel: true },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
        return tooltip(first?.dataIndex ?? -1);
      },
    },
    xAxis: {
      type: "value",
      min: 0,
      max: high + pad - shift,
      axisLabel: { formatter: unshift, hideOverlap: true },
    },
    yAxis: { type: "category", data: steps.map((s) => s.label), inverse: true, axisTick: { show: false } },
    series: [
      {
        name: "base",
        type: "bar",
        stack: "waterfall",
        silent: true,
        itemStyle: { color: "transparent" },
        data: steps.map((s) => Math.min(s.start, s.end) - shift),
        markLine: {
          symbol: "none",
          silent: true,
          data: [line(expectedValue, "E[f(x)]", PALETTE.neutral), line(output, "f(x)", PALETTE.ink)],
        },
      },
      {
        name: "attribution",
        type: "bar",
        stack: "waterfall",
        barMaxWidth: 18,
        data: steps.map((s) => ({
          value: Math.abs(s.attribution),
          itemStyle: { color: s.attribution >= 0 ? PALETTE.bad : PALETTE.reference },
        })),
        label: {
          show: true,
          position: "right",
          formatter: (p: { dataIndex: number }) => {
            const a = steps[p.dataIndex]?.attribution ?? 0;
            return `${a > 0 ? "+" : a < 0 ? "−" : "±"}${formatNumber(Math.abs(a))}`;
          },
        },
      },
    ],
  };
}

/** The check a reader can do: the bars add up from the expected value to the output. */
export function explanationSumText(explanation: PredictionExplanation): string {
  const { sum, output, expectedValue } = explanation;
  const gap = sum - (output - expectedValue);
  const off =
    Math.abs(gap) > 1e-6 * Math.max(1, Math.abs(output))
      ? ` (off by ${formatNumber(gap)}, more than rounding: report it)`
      : "";
  return `The attributions sum to ${formatNumber(sum)} = output ${formatNumber(output)} − expected value ${formatNumber(expectedValue)}${off}.`;
}

/** How the values were computed, in one line. */
export function explanationMethodText(explanation: PredictionExplanation): string {
  const how = explanation.exact ? "exact Shapley values (every coalition)" : "Kernel SHAP estimates";
  return `${how} of version ${explanation.version}, against a background of ${explanation.background} reference rows, ${explanation.evaluations.toLocaleString("en-US")} calls of the model's endpoint.`;
}
