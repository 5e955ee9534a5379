import { createHash, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { DuckDBConnection, DuckDBValue } from "@duckdb/node-api";

export type ExportFormat = "parquet" | "csv" | "jsonl";

export const EXPORT_FORMATS: Readonly<
  Record<ExportFormat, { readonly extension: string; readonly contentType: string; readonly copy: string }>
> = {
  parquet: {
    extension: "parquet",
    contentType: "application/vnd.apache.parquet",
    copy: "FORMAT parquet, COMPRESSION zstd",
  },
  csv: { extension: "csv", contentType: "text/csv; charset=utf-8", copy: "FORMAT csv, HEADER true" },
  jsonl: { extension: "jsonl", contentType: "application/x-ndjson", copy: "FORMAT json" },
};

/** What a client checks an export against: the rows, each column's type, and the file's SHA-256. */
export interface ExportManifest {
  readonly rows: number;
  readonly format: ExportFormat;
  readonly schema: readonly { readonly name: string; readonly type: string }[];
  readonly sha256: string;
  readonly bytes: number;
}

/** SHA-256 of a file, read in chunks. */
async function fileSha256(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/**
 * Writes a query's rows to a file with DuckDB's COPY, which streams them out in chunks (Parquet by row group), so
 * the server's memory does not grow with the window; the manifest is known before a byte is sent. The path is
 * ours (a random name in the scratch directory), the only text that is not a bound parameter.
 */
export async function writeExport(
  connection: DuckDBConnection,
  query: { readonly sql: string; readonly params: Record<string, DuckDBValue> },
  format: ExportFormat,
  scratchDir: string,
): Promise<{ path: string; manifest: ExportManifest }> {
  const path = join(scratchDir, `export-${randomUUID()}.${EXPORT_FORMATS[format].extension}`);
  const described = await connection.runAndReadAll(`DESCRIBE ${query.sql}`, query.params);
  const schema = (described.getRowObjectsJS() as { column_name: string; column_type: string }[]).map((c) => ({
    name: c.column_name,
    type: c.column_type,
  }));
  try {
    const copied = await connection.runAndReadAll(
      `COPY (${query.sql}) TO '${path.replaceAll("'", "''")}' (${EXPORT_FORMATS[format].copy})`,
      query.params,
    );
    const rows = Number(copied.getRows()[0]?.[0] ?? 0);
    const [sha256, info] = await Promise.all([fileSha256(path), stat(path)]);
    return { path, manifest: { rows, format, schema, sha256, bytes: info.size } };
  } catch (error) {
    // A failed COPY (a full disk, say) may leave part of a file behind.
    await rm(path, { force: true });
    throw error;
  }
}
