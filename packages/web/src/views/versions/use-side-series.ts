import type { ResolvedWindow } from "../../state/view-state";
import { useVersionSeries } from "../overview/use-version-series";
import type { Sides } from "./compare-sides";

/** The window's timeseries once per compared side (the version filter set to it): two aggregate calls, in parallel. */
export function useSideSeries(
  model: string,
  window: ResolvedWindow,
  sides: Sides | null,
  metrics: readonly string[],
) {
  return useVersionSeries(model, window, sides === null ? [] : [sides.a, sides.b], metrics);
}
