import type { AliasInfo, VersionInfo } from "../../api/types";
import { PALETTE } from "../../charts/palette";
import { benchmarkOf } from "../overview/overview-shape";

export interface ReferenceLine {
  readonly value: number;
  readonly label: string;
  readonly colour: string;
}

/**
 * The offline benchmark drawn on a metric's chart: the window's version (an alias resolved to its version), else
 * the champion's; none when that version recorded no such metric.
 */
export function benchmarkLines(
  metric: string,
  versions: readonly VersionInfo[],
  aliases: readonly AliasInfo[],
  chosen: string | undefined,
): ReferenceLine[] {
  const benchmark = benchmarkOf(metric, versions, aliases, chosen);
  return benchmark === null
    ? []
    : [{ value: benchmark.value, label: `benchmark ${benchmark.version}`, colour: PALETTE.reference }];
}
