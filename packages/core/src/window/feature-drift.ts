import { columnDrift } from "../report/column-drift.js";
import { prepareColumn } from "../report/prepare-column.js";
import type { DriftColumn } from "../report/types.js";
import type { SourceColumn } from "../table.js";
import { hasValues } from "./gather-rows.js";
import type { ModelSpec } from "./monitored-rows.js";

const BINS = { type: "sturges" } as const;

/**
 * One feature's drift against a fixed reference, for many windows: the reference side is prepared once. A
 * numerical column pair is what `prepareColumn` would pass on unchanged (its values, NaN missing), so it goes
 * straight to `columnDrift` with the reference sorted once; other columns take the report's full path.
 */
export function featureDrift(
  feature: ModelSpec["features"][number],
  reference: SourceColumn | undefined,
): (current: SourceColumn | undefined) => DriftColumn | undefined {
  if (!reference || !hasValues(reference.column)) return () => undefined;
  const fast = feature.kind === "numerical" && reference.column.kind === "numerical";
  // Sorted with NaN last; the drift methods drop missing values and compare distributions, not rows.
  const sorted =
    fast && reference.column.kind === "numerical" ? reference.column.values.slice().sort() : undefined;
  return (current) => {
    if (!current || !hasValues(current.column)) return undefined;
    if (sorted && current.column.kind === "numerical") {
      return columnDrift(
        {
          name: feature.name,
          kind: "numerical",
          role: "feature",
          reference: sorted,
          current: current.column.values,
          typeErrors: { reference: 0, current: 0 },
        },
        { bins: BINS },
      );
    }
    const prepared = prepareColumn({
      name: feature.name,
      role: "feature",
      reference,
      current,
      referenceFile: "reference",
      currentFile: "current",
      forcedKind: feature.kind,
    });
    return columnDrift(prepared, { bins: BINS });
  };
}
