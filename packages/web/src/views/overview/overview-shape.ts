import type { AliasInfo, Task, VersionInfo } from "../../api/types";

/** The metric a model is judged by at a glance: accuracy for classifiers, RMSE for regressors. */
export function mainMetric(task: Task): string {
  return task === "regression" ? "rmse" : "accuracy";
}

/** `v2 (champion, canary)`: a version with the aliases that point at it. */
export function versionLabel(version: string, aliases: readonly AliasInfo[]): string {
  const names = aliases.filter((a) => a.version === version).map((a) => a.alias);
  return names.length === 0 ? version : `${version} (${names.join(", ")})`;
}

/**
 * The versions drawn one line each: the chosen one alone, else those with an alias and then the newest, at most
 * four so the chart stays legible.
 */
export function versionsToDraw(
  versions: readonly VersionInfo[],
  aliases: readonly AliasInfo[],
  chosen: string | undefined,
): string[] {
  if (chosen !== undefined) {
    const alias = aliases.find((a) => a.alias === chosen);
    return [alias?.version ?? chosen];
  }
  const aliased = [...new Set(aliases.map((a) => a.version))];
  const newest = [...versions].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map((v) => v.version);
  return [...new Set([...aliased, ...newest])].slice(0, 4);
}

/** The benchmark line: the chosen version's (or alias's) offline metric, else the champion's, else none. */
export function benchmarkOf(
  metric: string,
  versions: readonly VersionInfo[],
  aliases: readonly AliasInfo[],
  chosen: string | undefined,
): { version: string; value: number } | null {
  const target =
    chosen !== undefined
      ? (aliases.find((a) => a.alias === chosen)?.version ?? chosen)
      : aliases.find((a) => a.alias === "champion")?.version;
  if (target === undefined) return null;
  const value = versions.find((v) => v.version === target)?.metrics[metric];
  return value === undefined ? null : { version: target, value };
}

/** Time-series metrics that describe the predictions themselves, by task. */
export function predictionMetrics(task: Task, classes: readonly string[]): string[] {
  if (task === "multiclass") return classes.slice(0, 6).map((c) => `prediction.share.${c}`);
  if (task === "binary") return ["prediction.mean", "score.mean"];
  return ["prediction.mean"];
}
