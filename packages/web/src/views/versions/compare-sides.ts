import type { AliasInfo, VersionInfo } from "../../api/types";

export interface Sides {
  readonly a: string;
  readonly b: string;
}

const newestFirst = (versions: readonly VersionInfo[]) =>
  [...versions].sort((x, y) => y.createdAt.localeCompare(x.createdAt)).map((v) => v.version);

/**
 * What to compare when the URL names nothing: champion against challenger when both exist, else the champion against
 * the newest other version, else the two newest versions (older as A); null with fewer than two versions.
 */
export function defaultSides(aliases: readonly AliasInfo[], versions: readonly VersionInfo[]): Sides | null {
  const champion = aliases.find((a) => a.alias === "champion");
  const challenger = aliases.find((a) => a.alias === "challenger");
  if (champion && challenger) return { a: champion.alias, b: challenger.alias };
  const newest = newestFirst(versions);
  if (champion) {
    const other = newest.find((v) => v !== champion.version);
    return other === undefined ? null : { a: champion.alias, b: other };
  }
  if (newest.length < 2) return null;
  return { a: newest[1]!, b: newest[0]! };
}

/** The URL's `a=`/`b=` over the defaults; null when neither names a side and there is no default pair. */
export function chosenSides(
  a: string | undefined,
  b: string | undefined,
  defaults: Sides | null,
): Sides | null {
  const left = a ?? defaults?.a;
  const right = b ?? defaults?.b;
  return left === undefined || right === undefined ? null : { a: left, b: right };
}

/** `champion (v1)` for an alias, `v2 (challenger)` for a version others point at, the bare name otherwise. */
export function sideLabel(name: string, aliases: readonly AliasInfo[]): string {
  const alias = aliases.find((a) => a.alias === name);
  if (alias) return `${name} (${alias.version})`;
  const pointing = aliases.filter((a) => a.version === name).map((a) => a.alias);
  return pointing.length === 0 ? name : `${name} (${pointing.join(", ")})`;
}

export interface SideOption {
  readonly value: string;
  readonly label: string;
  readonly group: "Aliases" | "Versions" | "Other";
}

/** Choices for a side: aliases, then versions newest first, then `current` if it names neither (a stale link). */
export function sideOptions(
  aliases: readonly AliasInfo[],
  versions: readonly VersionInfo[],
  current: string | undefined,
): SideOption[] {
  const options: SideOption[] = [
    ...aliases.map((a) => ({
      value: a.alias,
      label: `${a.alias} → ${a.version}`,
      group: "Aliases" as const,
    })),
    ...newestFirst(versions).map((v) => ({
      value: v,
      label: sideLabel(v, aliases),
      group: "Versions" as const,
    })),
  ];
  if (current !== undefined && !options.some((o) => o.value === current))
    options.push({ value: current, label: `${current} (unknown)`, group: "Other" });
  return options;
}
