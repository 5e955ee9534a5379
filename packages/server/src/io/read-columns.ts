import {
  type DuckDBConnection,
  type DuckDBDataChunk,
  type DuckDBMaterializedResult,
  type DuckDBValue,
  listValue,
} from "@duckdb/node-api";
import type { Column } from "@telltale/core";
import { copyDoubles, copyInts } from "./raw-vectors.js";

/** One column to fetch: `sql` is a trusted expression (identifiers already quoted); its values become `kind`. */
export interface ColumnRequest {
  readonly sql: string;
  readonly kind: "number" | "category" | "int";
  /**
   * A category column's dictionary when the caller already knows it (a superset of the values the rows hold,
   * e.g. the whole window's while these rows are part of it); otherwise read from the rows.
   */
  readonly categories?: readonly string[];
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

/** A read whose dictionaries are known and whose query is running; `finish` copies its result out. */
export type StartedRead = () => Promise<FetchedColumns>;

interface Prepared {
  readonly rows: number;
  readonly sql: string;
  readonly dictionaries: ReadonlyMap<number, string[]>;
  readonly enums: readonly string[];
}

/**
 * Counts the rows, reads the dictionaries the caller did not give (one scan of distinct values) and builds the
 * SELECT that codes every category column through an ENUM made of its dictionary.
 */
async function prepare(
  connection: DuckDBConnection,
  from: string,
  params: Record<string, DuckDBValue>,
  requests: readonly ColumnRequest[],
): Promise<Prepared> {
  const id = ++sequence;
  const unknown = requests
    .map((_, i) => i)
    .filter((i) => requests[i]!.kind === "category" && requests[i]!.categories === undefined);
  const summarySql = `SELECT count(*)${unknown
    .map((i) => `, list(DISTINCT ${requests[i]!.sql} ORDER BY ${requests[i]!.sql})`)
    .join("")} FROM ${from}`;
  const summary = await connection.runAndReadAll(summarySql, paramsUsedBy(summarySql, params));
  const summaryRow = summary.getRowsJS()[0]!;
  const dictionaries = new Map<number, string[]>();
  unknown.forEach((c, k) => {
    const values = (summaryRow[1 + k] as unknown[] | null) ?? [];
    dictionaries.set(
      c,
      values.filter((v) => v !== null).map((v) => String(v)),
    );
  });
  for (const [i, request] of requests.entries()) {
    if (request.categories !== undefined) dictionaries.set(i, [...request.categories]);
  }
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
    return {
      rows: Number(summaryRow[0]),
      sql: `SELECT ${select.join(", ")} FROM ${from}`,
      dictionaries,
      enums,
    };
  } catch (error) {
    await dropTypes(connection, enums);
    throw error;
  }
}

async function dropTypes(connection: DuckDBConnection, enums: readonly string[]): Promise<void> {
  for (const e of enums) await connection.run(`DROP TYPE IF EXISTS ${e}`);
}

/** Typed arrays for the rows, filled chunk by chunk; never past their length (a writer may add rows meanwhile). */
function receiver(requests: readonly ColumnRequest[], prepared: Prepared) {
  const buffers = requests.map((r) =>
    r.kind === "number" ? new Float64Array(prepared.rows) : new Int32Array(prepared.rows),
  );
  let offset = 0;
  return {
    copy(chunk: DuckDBDataChunk): boolean {
      if (chunk.rowCount === 0) return true;
      if (offset + chunk.rowCount > prepared.rows) return false;
      for (let c = 0; c < requests.length; c++) {
        const buffer = buffers[c]!;
        if (buffer instanceof Float64Array) copyDoubles(chunk, c, buffer, offset);
        else copyInts(chunk, c, buffer, offset);
      }
      offset += chunk.rowCount;
      return true;
    },
    get offset() {
      return offset;
    },
    result(): FetchedColumns {
      const columns = requests.map((request, i): Column | Int32Array => {
        const buffer = buffers[i]!;
        if (request.kind === "number") return { kind: "numerical", values: buffer as Float64Array };
        if (request.kind === "int") return buffer as Int32Array;
        return {
          kind: "categorical",
          codes: buffer as Int32Array,
          categories: prepared.dictionaries.get(i)!,
        };
      });
      return { rows: prepared.rows, columns };
    },
  };
}

/**
 * Prepares a read and sets its query running, materialized inside DuckDB; the returned function copies the
 * result out. A caller with work of its own in between (computing the previous part of a window) overlaps it
 * with DuckDB's scan, which runs on DuckDB's threads.
 */
export async function startReadColumns(
  connection: DuckDBConnection,
  from: string,
  params: Record<string, DuckDBValue>,
  requests: readonly ColumnRequest[],
): Promise<StartedRead> {
  const prepared = await prepare(connection, from, params, requests);
  let running: Promise<DuckDBMaterializedResult> | undefined;
  if (prepared.rows > 0 && requests.length > 0) {
    // Prepared and bound first, so that `run` hands the query to DuckDB at once. (`connection.run` would wait
    // for its own prepare step, which resumes only when this thread is free again.)
    const statement = await connection.prepare(prepared.sql);
    statement.bind(paramsUsedBy(prepared.sql, params));
    running = statement.run().finally(() => statement.destroySync());
    // Awaited by the finisher; until then a failure must not count as an unhandled rejection.
    running.catch(() => undefined);
  }
  return async () => {
    try {
      const into = receiver(requests, prepared);
      if (running) {
        // Read chunk by chunk synchronously: one await per query instead of one per 2,048-row chunk, which on
        // millions of rows costs more than the copying, at the price of DuckDB holding the whole result.
        const result = await running;
        for (let k = 0; k < result.chunkCount; k++) if (!into.copy(result.getChunk(k))) break;
      }
      return into.result();
    } finally {
      await dropTypes(connection, prepared.enums);
    }
  };
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
  if (materialize) return (await startReadColumns(connection, from, params, requests))();
  const prepared = await prepare(connection, from, params, requests);
  try {
    const into = receiver(requests, prepared);
    if (prepared.rows > 0 && requests.length > 0) {
      const result = await connection.stream(prepared.sql, paramsUsedBy(prepared.sql, params));
      for (;;) {
        const chunk = await result.fetchChunk();
        if (chunk === null || chunk.rowCount === 0 || !into.copy(chunk)) break;
        onChunk?.(into.offset, prepared.rows);
      }
    }
    return into.result();
  } finally {
    await dropTypes(connection, prepared.enums);
  }
}
