import type { DuckDBDataChunk } from "@duckdb/node-api";
import duckdb from "@duckdb/node-bindings";

/**
 * Copies a DOUBLE or INTEGER column of a chunk straight from DuckDB's buffers into a typed array, writing the
 * `missing` value where the validity mask says NULL. node-api's getItem tests validity with BigInts per value,
 * which costs more than the whole scan on a million rows.
 */
function copyColumn(
  chunk: DuckDBDataChunk,
  column: number,
  out: Float64Array | Int32Array,
  offset: number,
  missing: number,
): void {
  const rows = chunk.rowCount;
  const width = out.BYTES_PER_ELEMENT;
  const vector = duckdb.data_chunk_get_vector(chunk.chunk, column);
  const bytes = duckdb.vector_get_data(vector, rows * width);
  const target = new Uint8Array(out.buffer, out.byteOffset + offset * width, rows * width);
  target.set(bytes.subarray(0, rows * width));
  const validity = duckdb.vector_get_validity(vector, Math.ceil(rows / 64) * 8);
  if (!validity || validity.length === 0) return;
  // Whole bytes of valid rows (the common case) are skipped eight rows at a time.
  const maskBytes = Math.ceil(rows / 8);
  for (let b = 0; b < maskBytes; b++) {
    const mask = validity[b]!;
    if (mask === 0xff) continue;
    const end = Math.min(rows, b * 8 + 8);
    for (let i = b * 8; i < end; i++) if (((mask >> (i & 7)) & 1) === 0) out[offset + i] = missing;
  }
}

export function copyDoubles(chunk: DuckDBDataChunk, column: number, out: Float64Array, offset: number): void {
  copyColumn(chunk, column, out, offset, Number.NaN);
}

export function copyInts(chunk: DuckDBDataChunk, column: number, out: Int32Array, offset: number): void {
  copyColumn(chunk, column, out, offset, -1);
}
