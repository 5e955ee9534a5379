import { existsSync, statSync } from "node:fs";
import { basename } from "node:path";
import { type DuckDBConnection, type DuckDBType, listValue } from "@duckdb/node-api";
import type { SourceColumn, SourceType, Table } from "@telltale/core";
import { AppError } from "../errors/app-error.js";
import { type InputFormat, inputFormatFromPath } from "./input-format.js";
import { quoteIdentifier } from "./quote-identifier.js";
import { copyDoubles, copyInts } from "./raw-vectors.js";

const MISSING_MARKERS = ["", "NA", "NaN", "null"];

export type ReadProgress = (event: { file: string; rows: number; total: number }) => void;

let sequence = 0;

/** `fullSample`: the sniffer types columns from every row, for files whose first rows mislead it. */
function sourceExpression(format: InputFormat, fullSample = false): string {
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
 * Loads a CSV, JSON Lines or Parquet file into typed columns: numbers as Float64Array (NaN missing), everything
 * else trimmed and dictionary-encoded by DuckDB (an ENUM per column), so no per-row string reaches JavaScript.
 */
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
  const id = ++sequence;
  const table = `telltale_src_${id}`;
  // Parquet is columnar and cheap to scan again; text formats are parsed once into a temporary table.
  const scanned = format === "parquet";
  const from = scanned ? sourceExpression(format) : table;
  const params = format === "csv" ? { path, nulls: listValue(MISSING_MARKERS) } : { path };
  const fromParams = scanned ? params : {};
  const enums: string[] = [];
  try {
    let names: string[];
    let types: SourceType[];
    try {
      if (!scanned) {
        const create = (full: boolean) =>
          connection.run(
            `CREATE OR REPLACE TEMP TABLE ${table} AS SELECT * FROM ${sourceExpression(format, full)}`,
            params,
          );
        // Sniffing a sample is fast; a text value past it fails the load, and then every row is sniffed.
        await create(false).catch(() => create(true));
      }
      const described = await connection.run(`SELECT * FROM ${from} LIMIT 0`, fromParams);
      names = described.columnNames();
      types = described.columnTypes().map(sourceTypeOf);
    } catch (error) {
      throw new AppError("TELLTALE_BAD_INPUT", `${path}: cannot read as ${format}: ${firstLine(error)}`, {
        path,
      });
    }
    if (names.length === 0) throw new AppError("TELLTALE_EMPTY_FILE", `${path}: no columns`, { path });

    const markers = listValue(MISSING_MARKERS);
    const cleaned = (c: number) => {
      const text = `trim(CAST(${quoteIdentifier(names[c]!)} AS VARCHAR))`;
      return `CASE WHEN list_contains($markers, ${text}) THEN NULL ELSE ${text} END`;
    };
    const textColumns = names.map((_, c) => c).filter((c) => !isNumeric(types[c]!));
    // One scan counts the rows and collects every text column's distinct values.
    const summary = await connection.runAndReadAll(
      `SELECT count(*)${textColumns.map((c) => `, list(DISTINCT ${cleaned(c)} ORDER BY ${cleaned(c)})`).join("")} FROM ${from}`,
      { ...fromParams, markers },
    );
    const summaryRow = summary.getRowsJS()[0]!;
    const rows = Number(summaryRow[0]);
    if (rows === 0) throw new AppError("TELLTALE_EMPTY_FILE", `${path}: no data rows`, { path });

    const dictionaries: string[][] = names.map(() => []);
    const select: string[] = [];
    for (const [c, name] of names.entries()) {
      if (isNumeric(types[c]!)) {
        select.push(`CAST(${quoteIdentifier(name)} AS DOUBLE)`);
        continue;
      }
      const values = (summaryRow[1 + textColumns.indexOf(c)] as unknown[]).map(String);
      dictionaries[c] = values;
      if (values.length === 0) {
        select.push("CAST(NULL AS INTEGER)");
        continue;
      }
      const enumType = `telltale_enum_${id}_${c}`;
      await connection.run(`CREATE TYPE ${enumType} AS ENUM (SELECT unnest($values))`, {
        values: listValue(values),
      });
      enums.push(enumType);
      select.push(`CAST(enum_code(CAST(${cleaned(c)} AS ${enumType})) AS INTEGER)`);
    }

    const numbers = types.map((t) => (isNumeric(t) ? new Float64Array(rows) : null));
    const codes = types.map((t) => (isNumeric(t) ? null : new Int32Array(rows)));
    try {
      const result = await connection.stream(`SELECT ${select.join(", ")} FROM ${from}`, {
        ...fromParams,
        markers,
      });
      let offset = 0;
      for (;;) {
        const chunk = await result.fetchChunk();
        if (chunk === null || chunk.rowCount === 0) break;
        for (let c = 0; c < names.length; c++) {
          const n = numbers[c];
          if (n) copyDoubles(chunk, c, n, offset);
          else copyInts(chunk, c, codes[c]!, offset);
        }
        offset += chunk.rowCount;
        onProgress?.({ file, rows: offset, total: rows });
      }
    } catch (error) {
      throw new AppError("TELLTALE_BAD_INPUT", `${path}: cannot read: ${firstLine(error)}`, { path });
    }
    const columns: SourceColumn[] = names.map((name, c) => {
      const sourceType = types[c]!;
      const values = numbers[c];
      if (values) return { name, sourceType, column: { kind: "numerical", values } };
      return {
        name,
        sourceType,
        column: { kind: "categorical", codes: codes[c]!, categories: dictionaries[c]! },
      };
    });
    return { name: file, rows, columns };
  } finally {
    if (!scanned) await connection.run(`DROP TABLE IF EXISTS ${table}`);
    for (const e of enums) await connection.run(`DROP TYPE IF EXISTS ${e}`);
  }
}
