import { extname } from "node:path";

export type InputFormat = "csv" | "jsonl" | "parquet";

/** By extension; anything unknown (e.g. UCI's `adult.test`) is read as CSV, whose dialect DuckDB sniffs. */
export function inputFormatFromPath(path: string): InputFormat {
  const ext = extname(path).toLowerCase();
  if (ext === ".parquet" || ext === ".pq") return "parquet";
  if (ext === ".jsonl" || ext === ".ndjson" || ext === ".json") return "jsonl";
  return "csv";
}
