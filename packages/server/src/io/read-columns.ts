import { type DuckDBConnection, type DuckDBDataChunk, type DuckDBValue, listValue } from "@duckdb/node-api";
import type { Column } from "@telltale/core";
import { copyDoubles, copyInts } from "./raw-vectors.js";

/** One column to fetch: `sql` is a trusted expression (identifiers already quoted); its values become `kind`. */
export interface ColumnRequest {
  readonly sql: string;
  readonly kind: "number" | "category" | "int";
}

export interface FetchedColumns {
  readonly rows: number;
  /** In request order: numbers and categories as core columns, `int` requests as an Int32Array (NULL → -1). */
  readonly columns: readonly (Column | Int32Array)[];
}

let sequence = 0;

/** DuckDB refuses a named parameter that the statement does not use. */
function paramsUsedBy(sql: string, params: Record<string, DuckDBValue>): Record<string, DuckDBValue> {
  return Object.fromEntries(Object.entries(params).filter(([key]) => new RegExp(`\\$${key}\\b`).test(sql)));
}

/**
 * Runs `SELECT <columns> FROM <from>` and copies the result into typed arrays. Text is dictionary-encoded
 * inside DuckDB (an ENUM per column built from one scan of distinct values), so no per-row string reaches
 * JavaScript; numbers are copied straight out of DuckDB's vector buffers.
 */
export async function readColumns(
  connection: DuckDBConnection,
  from: string,
  params: Record<string, DuckDBValue>,
  requests: readonly ColumnRequest[],
  onChunk?: (rows: number, total: number) => void,
  /** Materialize the result (faster for query windows) or stream it (less memory for whole files). */
  materialize = false,
): Promise<FetchedColumns> {
  const id = ++sequence;
  const categories = requests.map((_, i) => i).filter((i) => requests[i]!.kind === "category");
  const summarySql = `SELECT count(*)${categories
    .map((i) => `, list(DISTINCT ${requests[i]!.sql} ORDER BY ${requests[i]!.sql})`)
    .join("")} FROM ${from}`;
  const summary = await connection.runAndReadAll(summarySql, paramsUsedBy(summarySql, params));
  const summaryRow = summary.getRowsJS()[0]!;
  const rows = Number(summaryRow[0]);
  const dictionaries = new Map<number, string[]>();
  categories.forEach((c, k) => {
    const values = (summaryRow[1 + k] as unknown[] | null) ?? [];
    dictionaries.set(
      c,
      values.filter((v) => v !== null).map((v) => String(v)),
    );
  });
  const enums: string[] = [];
  try {
    const select: string[] = [];
    for (const [i, request] of requests.entries()) {
      if (request.kind === "number") select.push(`CAST(${request.sql} AS DOUBLE)`);
      else if (request.kind === "int") select.push(`CAST(${request.sql} AS INTEGER)`);
      else {
        const values = dictionaries.get(i)!;
        if (values.length === 0) {
          select.push("CAST(NULL AS INTEGER)");
          continue;
        }
        const enumType = `telltale_enum_${id}_${i}`;
        await connection.run(`CREATE TYPE ${enumType} AS ENUM (SELECT unnest($values))`, {
          values: listValue(values),
        });
        enums.push(enumType);
        select.push(`CAST(enum_code(CAST(${request.sql} AS ${enumType})) AS INTEGER)`);
      }
    }
    const buffers = requests.map((r) =>
      r.kind === "number" ? new Float64Array(rows) : new Int32Array(rows),
    );
    if (rows > 0 && requests.length > 0) {
      const sql = `SELECT ${select.join(", ")} FROM ${from}`;
      let offset = 0;
      const copy = (chunk: DuckDBDataChunk): boolean => {
        if (chunk.rowCount === 0) return true;
        // A concurrent writer may have committed rows after the count; never write past the arrays.
        if (offset + chunk.rowCount > rows) return false;
        for (let c = 0; c < requests.length; c++) {
          const buffer = buffers[c]!;
          if (buffer instanceof Float64Array) copyDoubles(chunk, c, buffer, offset);
          else copyInts(chunk, c, buffer, offset);
        }
        offset += chunk.rowCount;
        onChunk?.(offset, rows);
        return true;
      };
      if (materialize) {
        // Read chunk by chunk synchronously: one await per query instead of one per 2,048-row chunk, which on
        // millions of rows costs more than the copying, at the price of DuckDB holding the whole result.
        const result = await connection.run(sql, paramsUsedBy(sql, params));
        for (let k = 0; k < result.chunkCount; k++) if (!copy(result.getChunk(k))) break;
      } else {
        const result = await connection.stream(sql, paramsUsedBy(sql, params));
        for (;;) {
          const chunk = await result.fetchChunk();
          if (chunk === null || chunk.rowCount === 0 || !copy(chunk)) break;
        }
      }
    }
    const columns = requests.map((request, i): Column | Int32Array => {
      const buffer = buffers[i]!;
      if (request.kind === "number") return { kind: "numerical", values: buffer as Float64Array };
      if (request.kind === "int") return buffer as Int32Array;
      return { kind: "categorical", codes: buffer as Int32Array, categories: dictionaries.get(i)! };
    });
    return { rows, columns };
  } finally {
    for (const e of enums) await connection.run(`DROP TYPE IF EXISTS ${e}`);
  }
}
