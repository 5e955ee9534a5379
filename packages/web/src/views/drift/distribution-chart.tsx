import type { DriftColumn } from "@telltale/core";
import { useMemo } from "react";
import { distributionOption } from "../../charts/distribution-option";
import { EChart } from "../../charts/echart";
import { Empty } from "../../components/panel";
import { formatCount } from "../../format/format";
import { histogramOverlayOption } from "./histogram-overlay-option";

/**
 * Reference beside current for one column: overlaid histograms when the report binned it (`edges`), grouped bars
 * per category otherwise (categorical columns, and numerical ones with few distinct values), both as shares.
 */
export function DistributionChart({ column }: { readonly column: DriftColumn }) {
  const { distribution } = column;
  const option = useMemo(
    () =>
      distribution.edges !== undefined
        ? histogramOverlayOption(distribution, column.column)
        : distributionOption(distribution, column.column),
    [distribution, column.column],
  );
  const total = (counts: readonly number[]) => counts.reduce((a, b) => a + b, 0);
  const reference = total(distribution.reference);
  const current = total(distribution.current);
  if (distribution.reference.length === 0 || (reference === 0 && current === 0)) {
    return <Empty>No values of {column.column} on either side.</Empty>;
  }
  return (
    <>
      <EChart
        option={option}
        height={280}
        label={`Distribution of ${column.column}: reference (${formatCount(reference)} values) against current (${formatCount(current)} values), as shares of each side`}
        testId="drift-distribution-chart"
      />
      <p className="muted drift-note">
        Shares of each side: {formatCount(reference)} reference values, {formatCount(current)} current values
        {distribution.edges === undefined ? "" : "; bins span both sides' range"}.
      </p>
    </>
  );
}
