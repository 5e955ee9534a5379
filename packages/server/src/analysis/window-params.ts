import { z } from "zod";
import { AppError } from "../errors/app-error.js";
import { instant, segmentFilter } from "../http/schemas.js";
import type { DuckDbStore } from "../store/duckdb/duckdb-store.js";
import type { WindowFilter } from "../store/types.js";

export const DEFAULT_WINDOW_MS = 24 * 3600_000;

export const windowQuery = z.object({
  from: instant.optional().describe("window start, inclusive (ISO 8601 or epoch ms); default: `to` − 24 h"),
  to: instant.optional().describe("window end, exclusive; default: now"),
  version: z.string().min(1).max(128).optional().describe("a version or an alias; default: all versions"),
  segment: segmentFilter.optional().describe("only rows whose segment column has this value: `column:value`"),
});

export type WindowQuery = z.infer<typeof windowQuery>;

/** A version name, or the version an alias points at. */
export async function resolveVersion(
  store: DuckDbStore,
  model: string,
  nameOrAlias: string,
): Promise<string> {
  if (store.versionNames(model).has(nameOrAlias)) return nameOrAlias;
  const alias = (await store.listAliases(model)).find((a) => a.alias === nameOrAlias);
  if (alias) return alias.version;
  throw new AppError(
    "TELLTALE_UNKNOWN_VERSION",
    `model '${model}' has no version or alias '${nameOrAlias}'`,
    {
      model,
      version: nameOrAlias,
    },
  );
}

/** The window's bounds, version and segment; the window defaults to the 24 hours before `now`. */
export async function resolveWindow(
  store: DuckDbStore,
  model: string,
  query: WindowQuery,
  now: number,
): Promise<WindowFilter> {
  const to = query.to ?? now;
  const from = query.from ?? to - DEFAULT_WINDOW_MS;
  if (from >= to) {
    throw new AppError("TELLTALE_VALIDATION", "query.from must be before query.to", {
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
    });
  }
  const owner = store.model(model);
  if (query.segment && !owner.segments.includes(query.segment.name)) {
    throw new AppError(
      "TELLTALE_VALIDATION",
      `query.segment: '${query.segment.name}' is not a segment of '${model}' (segments: ${owner.segments.join(", ") || "none"})`,
      { segments: owner.segments },
    );
  }
  return {
    from,
    to,
    ...(query.version !== undefined ? { version: await resolveVersion(store, model, query.version) } : {}),
    ...(query.segment ? { segment: query.segment } : {}),
  };
}

/**
 * The version whose reference a window is compared with: the window's version, else the `champion` alias, else
 * the newest version that has a reference.
 */
export async function referenceVersion(
  store: DuckDbStore,
  model: string,
  version: string | undefined,
): Promise<string> {
  if (version !== undefined) return version;
  const champion = (await store.listAliases(model)).find((a) => a.alias === "champion");
  if (champion && store.version(model, champion.version).reference) return champion.version;
  const withReference = store
    .listVersions(model)
    .filter((v) => v.reference !== null)
    .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
  if (withReference[0]) return withReference[0].version;
  throw new AppError(
    "TELLTALE_NO_REFERENCE",
    `no version of '${model}' has a reference yet: upload one first`,
    {
      model,
    },
  );
}
