import { existsSync, statSync } from "node:fs";
import { basename } from "node:path";
import { type DuckDBConnection, type DuckDBType, type DuckDBValue, listValue } from "@duckdb/node-api";
import type { Column, SourceColumn, SourceType, Table } from "@telltale/core";
import { AppError } from "../errors/app-error.js";
import { type InputFormat, inputFormatFromPath } from "./input-format.js";
import { quoteIdentifier } from "./quote-identifier.js";
import { type FetchedColumns, readColumns } from "./read-columns.js";

const MISSING_MARKERS = ["", "NA", "NaN", "null"];

export type ReadProgress = (event: { file: string; rows: number; total: number }) => void;

let sequence = 0;

/** `fullSample`: the sniffer types columns from every row, for files whose first rows mislead it. */
export function sourceExpression(format: InputFormat, fullSample = false): string {
  const sample = fullSample ? ", sample_size=-1" : "";
  switch (format) {
    case "csv":
      return `read_csv($path, nullstr=$nulls${sample})`;
    case "jsonl":
      return `read_json_auto($path, format='newline_delimited'${sample})`;
    case "parquet":
      return "read_parquet($path)";
  }
}

function sourceTypeOf(type: DuckDBType): SourceType {
  const id = type.toString().toUpperCase();
  if (id === "BOOLEAN") return "boolean";
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/.test(id)) {
    return "integer";
  }
  if (/^(FLOAT|DOUBLE|REAL|DECIMAL.*)$/.test(id)) return "float";
  return "string";
}

/** A one-line cause from DuckDB's multi-line messages. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? message;
}

function isNumeric(type: SourceType): boolean {
  return type === "float" || type === "integer";
}

/**
 * Parses a CSV, JSON Lines or Parquet file into a table (`temp` or persistent), retrying with a full-file sniff
 * when a value past DuckDB's sample contradicts the sniffed type. Returns the column names and types.
 */
export async function importFile(
  connection: DuckDBConnection,
  path: string,
  format: InputFormat,
  table: string,
  temp: boolean,
): Promise<void> {
  const params = format === "csv" ? { path, nulls: listValue(MISSING_MARKERS) } : { path };
  const create = (full: boolean) =>
    connection.run(
      `CREATE OR REPLACE ${temp ? "TEMP " : ""}TABLE ${table} AS SELECT * FROM ${sourceExpression(format, full)}`,
      params,
    );
  try {
    await create(false).catch(() => create(true));
  } catch (error) {
    throw new AppError(
      "TELLTALE_BAD_INPUT",
      `${basename(path)}: cannot read as ${format}: ${firstLine(error)}`,
      {
        path,
      },
    );
  }
}

/**
 * Reads a relation (a table name or a scan expression) into typed columns: numbers as Float64Array (NaN
 * missing), everything else trimmed, missing markers nulled, and dictionary-encoded by DuckDB.
 */
export async function readRelation(
  connection: DuckDBConnection,
  from: string,
  params: Record<string, DuckDBValue>,
  name: string,
  onProgress?: ReadProgress,
  format?: InputFormat,
): Promise<Table> {
  let names: string[];
  let types: SourceType[];
  try {
    const described = await connection.run(`SELECT * FROM ${from} LIMIT 0`, params);
    names = described.columnNames();
    types = described.columnTypes().map(sourceTypeOf);
  } catch (error) {
    const as = format ? ` as ${format}` : "";
    throw new AppError("TELLTALE_BAD_INPUT", `${name}: cannot read${as}: ${firstLine(error)}`, { name });
  }
  if (names.length === 0) throw new AppError("TELLTALE_EMPTY_FILE", `${name}: no columns`, { name });
  const markers = listValue(MISSING_MARKERS);
  const cleaned = (c: number) => {
    const text = `trim(CAST(${quoteIdentifier(names[c]!)} AS VARCHAR))`;
    return `CASE WHEN list_contains($markers, ${text}) THEN NULL ELSE ${text} END`;
  };
  let fetched: FetchedColumns;
  try {
    fetched = await readColumns(
      connection,
      from,
      { ...params, markers },
      names.map((column, c) =>
        isNumeric(types[c]!)
          ? { sql: quoteIdentifier(column), kind: "number" as const }
          : { sql: cleaned(c), kind: "category" as const },
      ),
      (rows, total) => onProgress?.({ file: name, rows, total }),
    );
  } catch (error) {
    throw new AppError("TELLTALE_BAD_INPUT", `${name}: cannot read: ${firstLine(error)}`, { name });
  }
  const columns: SourceColumn[] = names.map((column, c) => ({
    name: column,
    sourceType: types[c]!,
    column: fetched.columns[c] as Column,
  }));
  return { name, rows: fetched.rows, columns };
}

/** Loads a CSV, JSON Lines or Parquet file into typed columns (see `readRelation`). */
export async function readTable(
  connection: DuckDBConnection,
  path: string,
  onProgress?: ReadProgress,
): Promise<Table> {
  const file = basename(path);
  if (!existsSync(path)) throw new AppError("TELLTALE_FILE_NOT_FOUND", `${path}: no such file`, { path });
  if (statSync(path).size === 0)
    throw new AppError("TELLTALE_EMPTY_FILE", `${path}: the file is empty`, { path });
  const format = inputFormatFromPath(path);
  // Messages name the relation by file name; the CLI user typed the path, so they name the path.
  const namePath = (error: unknown): never => {
    throw error instanceof AppError
      ? new AppError(error.code, error.message.replace(`${file}:`, `${path}:`), error.details)
      : error;
  };
  // Parquet is columnar and cheap to scan again; text formats are parsed once into a temporary table.
  if (format === "parquet") {
    const table = await readRelation(
      connection,
      sourceExpression(format),
      { path },
      file,
      onProgress,
      format,
    ).catch(namePath);
    if (table.rows === 0) throw new AppError("TELLTALE_EMPTY_FILE", `${path}: no data rows`, { path });
    return table;
  }
  const table = `telltale_src_${++sequence}`;
  try {
    await importFile(connection, path, format, table, true).catch(namePath);
    const loaded = await readRelation(connection, table, {}, file, onProgress).catch(namePath);
    if (loaded.rows === 0) throw new AppError("TELLTALE_EMPTY_FILE", `${path}: no data rows`, { path });
    return loaded;
  } finally {
    await connection.run(`DROP TABLE IF EXISTS ${table}`);
  }
}
