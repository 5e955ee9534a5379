import { DuckDBInstance } from "@duckdb/node-api";
import { buildReport, type ReportOptions, type ReportResult, type Table } from "@telltale/core";
import { applyReferenceHeader } from "../io/apply-reference-header.js";
import { type ReadProgress, readTable } from "../io/read-table.js";

export interface RunReportInput {
  readonly referencePath: string;
  readonly currentPath: string;
  readonly options: ReportOptions;
  readonly onLoadProgress?: ReadProgress;
}

export interface RunReportOutput extends ReportResult {
  readonly referenceName: string;
  readonly currentName: string;
  readonly seconds: { readonly load: number; readonly compute: number };
}

/** Loads both files with an in-memory DuckDB and builds the report: what `telltale report` and the API share. */
export async function runReport(input: RunReportInput): Promise<RunReportOutput> {
  const started = performance.now();
  const instance = await DuckDBInstance.create(":memory:");
  // Two connections load both files at once: DuckDB's scan and our copy out of its buffers overlap.
  const connections = [await instance.connect(), await instance.connect()] as const;
  let reference: Table;
  let current: Table;
  try {
    const loads = await Promise.allSettled([
      readTable(connections[0], input.referencePath, input.onLoadProgress),
      readTable(connections[1], input.currentPath, input.onLoadProgress),
    ]);
    for (const load of loads) if (load.status === "rejected") throw load.reason;
    [reference, current] = loads.map((l) => (l as PromiseFulfilledResult<Table>).value) as [Table, Table];
  } finally {
    for (const connection of connections) connection.closeSync();
    instance.closeSync();
  }
  const notes: string[] = [];
  const renamed = applyReferenceHeader(reference, current);
  if (renamed) {
    current = renamed;
    notes.push(`${current.name} has no header row: took the column names of ${reference.name} by position`);
  }
  const loaded = performance.now();
  const result = buildReport(reference, current, input.options);
  const done = performance.now();
  return {
    report: result.report,
    notes: [...notes, ...result.notes],
    referenceName: reference.name,
    currentName: current.name,
    seconds: { load: (loaded - started) / 1000, compute: (done - loaded) / 1000 },
  };
}
