import type { FairnessAttribute } from "@telltale/core";
import type { ChartOption } from "../../charts/echart";
import { PALETTE } from "../../charts/palette";
import { formatPercent } from "../../format/format";

/** The group rates drawn side by side: who is selected, and how often each group's positives and negatives are right. */
export const GROUP_RATES = [
  ["selectionRate", "Selection rate", PALETTE.reference],
  ["tpr", "True positive rate", PALETTE.good],
  ["fpr", "False positive rate", PALETTE.bad],
] as const;

export function groupBarsOption(attribute: FairnessAttribute): ChartOption {
  const groups = attribute.groups.map((g) => g.group);
  return {
    grid: { left: 52, right: 12, top: 36, bottom: 48 },
    legend: { top: 0 },
    tooltip: {
      trigger: "axis",
      valueFormatter: (v: unknown) => (typeof v === "number" ? formatPercent(v) : "—"),
    },
    xAxis: {
      type: "category",
      data: groups,
      axisLabel: { hideOverlap: true, rotate: groups.length > 5 ? 30 : 0 },
    },
    yAxis: { type: "value", min: 0, max: 1, axisLabel: { formatter: (v: number) => formatPercent(v, 0) } },
    series: GROUP_RATES.map(([key, name, colour]) => ({
      name,
      type: "bar",
      color: colour,
      data: attribute.groups.map((g) => g[key]),
    })),
  };
}

/** The four-fifths rule's verdict in words: the lowest group's selection rate over the highest's. */
export function fourFifthsText(attribute: FairnessAttribute): {
  tone: "good" | "bad" | "neutral";
  text: string;
} {
  if (attribute.fourFifthsRule === null || attribute.disparateImpactRatio === null) {
    return { tone: "neutral", text: "Four-fifths rule: not computable (a group has no selections)" };
  }
  const ratio = attribute.disparateImpactRatio.toFixed(2);
  return attribute.fourFifthsRule
    ? { tone: "good", text: `Four-fifths rule passes (ratio ${ratio} ≥ 0.8)` }
    : { tone: "bad", text: `Four-fifths rule fails (ratio ${ratio} < 0.8)` };
}

/** Time-series metric names for an attribute: the gaps, the ratio, and one selection rate per group. */
export function fairnessSeries(attribute: string, groups: readonly string[]) {
  const f = `fairness.${attribute}`;
  return {
    gaps: [
      `${f}.demographicParityDifference`,
      `${f}.equalOpportunityDifference`,
      `${f}.equalizedOddsDifference`,
    ],
    ratio: `${f}.disparateImpactRatio`,
    rates: groups.slice(0, 8).map((g) => `${f}.selectionRate.${g}`),
  };
}
