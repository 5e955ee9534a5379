import { existsSync, statSync } from "node:fs";
import { basename } from "node:path";
import { type DuckDBConnection, type DuckDBType, listValue } from "@duckdb/node-api";
import type { SourceColumn, SourceType, Table } from "@telltale/core";
import { AppError } from "../errors/app-error.js";
import { type InputFormat, inputFormatFromPath } from "./input-format.js";
import { quoteIdentifier } from "./quote-identifier.js";

const MISSING_MARKERS = ["", "NA", "NaN", "null"];

export interface ReadProgress {
  (event: { file: string; rows: number }): void;
}

function sourceExpression(format: InputFormat): string {
  switch (format) {
    case "csv":
      // sample_size=-1: the sniffer sees every row, so a stray text value deep in a file is typed, not a load failure.
      return `read_csv($path, nullstr=$nulls, sample_size=-1)`;
    case "jsonl":
      return `read_json_auto($path, format='newline_delimited', sample_size=-1)`;
    case "parquet":
      return `read_parquet($path)`;
  }
}

function sourceTypeOf(type: DuckDBType): SourceType {
  const id = type.toString().toUpperCase();
  if (id === "BOOLEAN") return "boolean";
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/.test(id)) {
    return "integer";
  }
  if (/^(FLOAT|DOUBLE|DECIMAL.*|REAL)$/.test(id)) return "float";
  return "string";
}

/** A one-line cause for DuckDB's multi-line messages. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? message;
}

/**
 * Loads a CSV, JSON Lines or Parquet file into typed columns. Strings are trimmed (fixed-width exports pad them)
 * and dictionary-encoded; numbers become Float64Array with NaN for missing.
 */
export async function readTable(
  connection: DuckDBConnection,
  path: string,
  onProgress?: ReadProgress,
): Promise<Table> {
  const file = basename(path);
  if (!existsSync(path)) throw new AppError("TELLTALE_FILE_NOT_FOUND", `${path}: no such file`, { path });
  if (statSync(path).size === 0) throw new AppError("TELLTALE_EMPTY_FILE", `${path}: the file is empty`, { path });
  const format = inputFormatFromPath(path);
  const source = sourceExpression(format);
  const params = format === "csv" ? { path, nulls: listValue(MISSING_MARKERS) } : { path };

  let names: string[];
  let types: SourceType[];
  try {
    const described = await connection.run(`SELECT * FROM ${source} LIMIT 0`, params);
    names = described.columnNames();
    types = described.columnTypes().map(sourceTypeOf);
  } catch (error) {
    throw new AppError("TELLTALE_BAD_INPUT", `${path}: cannot read as ${format}: ${firstLine(error)}`, { path });
  }
  if (names.length === 0) throw new AppError("TELLTALE_EMPTY_FILE", `${path}: no columns`, { path });

  const select = names
    .map((name, i) => {
      const id = quoteIdentifier(name);
      return types[i] === "float" || types[i] === "integer" ? `CAST(${id} AS DOUBLE)` : `CAST(${id} AS VARCHAR)`;
    })
    .join(", ");

  const numbers: number[][] = names.map(() => []);
  const codes: number[][] = names.map(() => []);
  const dictionaries = names.map(() => new Map<string, number>());
  let rows = 0;
  try {
    const result = await connection.stream(`SELECT ${select} FROM ${source}`, params);
    for (;;) {
      const chunk = await result.fetchChunk();
      if (chunk === null || chunk.rowCount === 0) break;
      const n = chunk.rowCount;
      for (let c = 0; c < names.length; c++) {
        const vector = chunk.getColumnVector(c);
        if (types[c] === "float" || types[c] === "integer") {
          const out = numbers[c]!;
          for (let i = 0; i < n; i++) {
            const v = vector.getItem(i) as number | null;
            out.push(v === null ? Number.NaN : v);
          }
        } else {
          const out = codes[c]!;
          const dictionary = dictionaries[c]!;
          for (let i = 0; i < n; i++) {
            const raw = vector.getItem(i) as string | null;
            const value = raw === null ? "" : raw.trim();
            if (value === "" || MISSING_MARKERS.includes(value)) {
              out.push(-1);
              continue;
            }
            let code = dictionary.get(value);
            if (code === undefined) {
              code = dictionary.size;
              dictionary.set(value, code);
            }
            out.push(code);
          }
        }
      }
      rows += n;
      onProgress?.({ file, rows });
    }
  } catch (error) {
    throw new AppError("TELLTALE_BAD_INPUT", `${path}: cannot read: ${firstLine(error)}`, { path });
  }
  if (rows === 0) throw new AppError("TELLTALE_EMPTY_FILE", `${path}: no data rows`, { path });

  const columns: SourceColumn[] = names.map((name, c) => {
    const sourceType = types[c]!;
    if (sourceType === "float" || sourceType === "integer") {
      return { name, sourceType, column: { kind: "numerical", values: Float64Array.from(numbers[c]!) } };
    }
    return {
      name,
      sourceType,
      column: { kind: "categorical", codes: Int32Array.from(codes[c]!), categories: [...dictionaries[c]!.keys()] },
    };
  });
  return { name: file, rows, columns };
}
