import type { AliasInfo } from "../../api/types";

/** `v1 (champion)`: a version with the aliases that point at it now, so a reader knows which one serves. */
export function versionLabel(version: string, aliases: readonly AliasInfo[]): string {
  const names = aliases
    .filter((a) => a.version === version)
    .map((a) => a.alias)
    .sort();
  return names.length === 0 ? version : `${version} (${names.join(", ")})`;
}
