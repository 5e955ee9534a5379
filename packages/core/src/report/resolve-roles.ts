import { InputError } from "../errors.js";
import type { Table } from "../table.js";
import type { ReportOptions } from "./options.js";
import type { ColumnRole } from "./types.js";

export interface ResolvedColumn {
  readonly name: string;
  readonly role: ColumnRole;
  readonly forcedKind?: "numerical" | "categorical";
}

function listNames(names: readonly string[]): string {
  return names.map((n) => `'${n}'`).join(", ");
}

/** Checks that both tables hold the same columns and every named column exists; assigns each its role. */
export function resolveRoles(reference: Table, current: Table, options: ReportOptions): ResolvedColumn[] {
  const ignored = new Set(options.ignore ?? []);
  const refNames = reference.columns.map((c) => c.name).filter((n) => !ignored.has(n));
  const curNames = new Set(current.columns.map((c) => c.name).filter((n) => !ignored.has(n)));
  const onlyRef = refNames.filter((n) => !curNames.has(n));
  const refSet = new Set(refNames);
  const onlyCur = [...curNames].filter((n) => !refSet.has(n));
  if (onlyRef.length > 0 || onlyCur.length > 0) {
    const parts: string[] = [];
    if (onlyRef.length > 0) parts.push(`${current.name} lacks ${listNames(onlyRef)}`);
    if (onlyCur.length > 0) parts.push(`${reference.name} lacks ${listNames(onlyCur)}`);
    throw new InputError(
      "TELLTALE_COLUMN_MISMATCH",
      `reference and current have different columns: ${parts.join("; ")} (pass --ignore to leave columns out)`,
      { onlyInReference: onlyRef, onlyInCurrent: onlyCur },
    );
  }

  const roles = new Map<string, ColumnRole>();
  const claimedBy = new Map<string, string>();
  const claim = (name: string | undefined, role: ColumnRole, flag: string) => {
    if (name === undefined) return;
    if (!refSet.has(name)) {
      throw new InputError(
        "TELLTALE_MISSING_COLUMN",
        `${flag} names column '${name}', which is not in ${reference.name} (columns: ${listNames(refNames.slice(0, 20))}${refNames.length > 20 ? ", …" : ""})`,
        { column: name, flag },
      );
    }
    const taken = claimedBy.get(name);
    if (taken !== undefined && taken !== flag && role !== "feature" && roles.get(name) !== "feature") {
      throw new InputError("TELLTALE_BAD_OPTION", `column '${name}' is given to both ${taken} and ${flag}`, {
        column: name,
      });
    }
    if (role !== "feature" || !roles.has(name)) {
      roles.set(name, role);
      claimedBy.set(name, flag);
    }
  };
  claim(options.target, "target", "--target");
  claim(options.prediction, "prediction", "--prediction");
  claim(options.score, "score", "--score");
  for (const s of options.scoreColumns ?? []) claim(s, "score", "--score-columns");
  for (const s of options.sensitive ?? []) claim(s, "sensitive", "--sensitive");
  for (const s of options.numerical ?? []) claim(s, "feature", "--numerical");
  for (const s of options.categorical ?? []) claim(s, "feature", "--categorical");
  const both = (options.numerical ?? []).find((n) => (options.categorical ?? []).includes(n));
  if (both !== undefined) {
    throw new InputError(
      "TELLTALE_BAD_OPTION",
      `column '${both}' is given to both --numerical and --categorical`,
      {
        column: both,
      },
    );
  }
  for (const column of Object.keys(options.privileged ?? {})) {
    if (!(options.sensitive ?? []).includes(column)) {
      throw new InputError(
        "TELLTALE_BAD_OPTION",
        `--privileged names '${column}', which is not a --sensitive column`,
        {
          column,
        },
      );
    }
  }

  const numerical = new Set(options.numerical ?? []);
  const categorical = new Set(options.categorical ?? []);
  return refNames.map((name) => {
    const role = roles.get(name) ?? "feature";
    const forced = numerical.has(name) ? "numerical" : categorical.has(name) ? "categorical" : undefined;
    return forced ? { name, role, forcedKind: forced } : { name, role };
  });
}
