import { useMemo } from "react";
import { seriesOf } from "../../api/queries";
import type { FeatureInfo } from "../../api/types";
import { EChart } from "../../charts/echart";
import { PALETTE } from "../../charts/palette";
import { type LineInput, timeSeriesOption } from "../../charts/time-series-option";
import type { ResolvedWindow } from "../../state/view-state";
import { missingShareMetric, problemShareLabel, problemShareMetric } from "./quality-metrics";
import type { QualitySeries } from "./quality-series";

export interface FeatureQualityChartProps {
  readonly feature: FeatureInfo;
  readonly series: QualitySeries;
  readonly window: ResolvedWindow;
  /** The reference's missing share, drawn as a line beside the current one. */
  readonly referenceMissingShare: number | null;
}

/**
 * One feature's shares per bucket: missing values, and values out of the reference range (numerical) or of unseen
 * categories (categorical); the reference has neither of the last two by definition, so only its missing share is drawn.
 */
export function FeatureQualityChart({
  feature,
  series,
  window,
  referenceMissingShare,
}: FeatureQualityChartProps) {
  const missing = seriesOf(series.missing.data, missingShareMetric(feature.name));
  const problems = seriesOf(series.problems.data, problemShareMetric(feature));
  const option = useMemo(() => {
    const lines: LineInput[] = [{ name: "Missing share", points: missing, colour: PALETTE.current }];
    if (problems.length > 0) {
      lines.push({
        name: problemShareLabel(feature),
        points: problems,
        colour: PALETTE.accent,
        dashed: true,
      });
    }
    // All zero (the usual, healthy case) would stretch the axis to 100%: a low ceiling keeps it readable.
    const highest = Math.max(
      referenceMissingShare ?? 0,
      ...lines.flatMap((l) => l.points.map((p) => p.value ?? 0)),
    );
    return timeSeriesOption({
      lines,
      metric: missingShareMetric(feature.name),
      from: window.from,
      to: window.to,
      yMin: 0,
      ...(highest === 0 ? { yMax: 0.05 } : {}),
      ...(referenceMissingShare !== null
        ? {
            referenceLines: [
              { value: referenceMissingShare, label: "reference missing", colour: PALETTE.reference },
            ],
          }
        : {}),
    });
  }, [missing, problems, feature, window.from, window.to, referenceMissingShare]);
  return (
    <EChart
      option={option}
      label={`Missing share${problems.length > 0 ? ` and ${problemShareLabel(feature).toLowerCase()}` : ""} of ${feature.name} per ${window.interval} bucket`}
      testId="quality-feature-chart"
    />
  );
}
