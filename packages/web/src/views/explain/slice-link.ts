import { VIEW_STATE_KEYS } from "../../state/view-state";
import type { Slice } from "./explain-types";

/**
 * The `segment=column:value` filter a slice is, when it is exactly one category of a declared segment column:
 * the only slices the other views can filter on.
 */
export function sliceSegment(slice: Slice, segments: readonly string[]): string | null {
  if (slice.conditions.length !== 1) return null;
  const [condition] = slice.conditions;
  if (condition?.kind !== "category" || !segments.includes(condition.feature)) return null;
  return `${condition.feature}:${condition.value}`;
}

/** The performance view of the same window (range, dates, interval, version) filtered to the segment. */
export function performanceHref(model: string, search: string, segment: string): string {
  const current = new URLSearchParams(search);
  const next = new URLSearchParams();
  for (const key of VIEW_STATE_KEYS) {
    const value = current.get(key);
    if (value !== null && key !== "feature" && key !== "segment") next.set(key, value);
  }
  next.set("segment", segment);
  return `/models/${encodeURIComponent(model)}/performance?${next}`;
}
