import { type DuckDBAppender, DuckDBDataChunk, type DuckDBType } from "@duckdb/node-api";
import duckdb from "@duckdb/node-bindings";

/** One column to append: its DuckDB type and each row's value (null is NULL). */
export interface AppendColumn<R> {
  readonly type: DuckDBType;
  readonly value: (row: R) => string | number | null;
}

type Storage = "double" | "bigint" | "varchar";

function storageOf(type: DuckDBType): Storage {
  const name = type.toString().toUpperCase();
  if (name === "DOUBLE") return "double";
  if (name === "BIGINT") return "bigint";
  if (name === "VARCHAR") return "varchar";
  throw new Error(`cannot append a column of type ${name}`);
}

/**
 * Appends rows a data chunk (2,048 rows) at a time. Numbers are written into a typed array and copied into the
 * chunk's vector in one call, NULLs as one validity mask per vector; only text goes value by value. On wide
 * numeric rows this costs a fraction of the appender's call per value.
 */
export function appendColumns<R>(
  appender: DuckDBAppender,
  columns: readonly AppendColumn<R>[],
  rows: readonly R[],
): void {
  const capacity = duckdb.vector_size();
  const storage = columns.map((c) => storageOf(c.type));
  const types = columns.map((c) => c.type);
  for (let start = 0; start < rows.length; start += capacity) {
    const size = Math.min(capacity, rows.length - start);
    const chunk = DuckDBDataChunk.create(types);
    const validityBytes = Math.ceil(size / 64) * 8;
    for (let c = 0; c < columns.length; c++) {
      const vector = duckdb.data_chunk_get_vector(chunk.chunk, c);
      const value = columns[c]!.value;
      const validity = new Uint8Array(validityBytes).fill(0xff);
      let nulls = 0;
      const setNull = (i: number) => {
        validity[i >> 3]! &= ~(1 << (i & 7));
        nulls++;
      };
      const kind = storage[c]!;
      if (kind === "varchar") {
        for (let i = 0; i < size; i++) {
          const v = value(rows[start + i]!);
          if (v === null) setNull(i);
          else duckdb.vector_assign_string_element(vector, i, String(v));
        }
      } else {
        const data = kind === "double" ? new Float64Array(size) : new BigInt64Array(size);
        for (let i = 0; i < size; i++) {
          const v = value(rows[start + i]!);
          if (v === null) setNull(i);
          else if (kind === "double") data[i] = v as number;
          else data[i] = BigInt(v);
        }
        duckdb.copy_data_to_vector(vector, 0, data.buffer, 0, data.byteLength);
      }
      if (nulls > 0) {
        duckdb.vector_ensure_validity_writable(vector);
        duckdb.copy_data_to_vector_validity(vector, 0, validity.buffer, 0, validityBytes);
      }
    }
    chunk.rowCount = size;
    appender.appendDataChunk(chunk);
  }
}
