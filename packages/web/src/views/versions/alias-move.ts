import type { AliasInfo } from "../../api/types";

/** The server's rule for alias names (http/schemas.ts `aliasName`), checked before asking it. */
const ALIAS_NAME = /^[a-z][a-z0-9_-]{0,63}$/;

/** Why a typed alias name would be refused, or null when it is fine. */
export function aliasNameProblem(name: string): string | null {
  if (name === "") return "Name the alias.";
  if (!ALIAS_NAME.test(name))
    return "An alias starts with a lower-case letter and holds only a–z, 0–9, - and _ (at most 64).";
  return null;
}

export type AliasMove =
  | { readonly kind: "create"; readonly text: string }
  | { readonly kind: "move"; readonly text: string; readonly from: string }
  | { readonly kind: "unchanged"; readonly text: string };

/** What pointing `alias` at `version` would do, worded for the confirmation step. */
export function describeMove(aliases: readonly AliasInfo[], alias: string, version: string): AliasMove {
  const current = aliases.find((a) => a.alias === alias);
  if (current === undefined)
    return { kind: "create", text: `Create the alias ${alias} pointing at ${version}.` };
  if (current.version === version)
    return { kind: "unchanged", text: `${alias} already points at ${version}.` };
  return {
    kind: "move",
    from: current.version,
    text: `Move ${alias} from ${current.version} to ${version}: whatever resolves ${alias} uses ${version} from now on.`,
  };
}
