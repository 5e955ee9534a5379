import { DuckDBInstance } from "@duckdb/node-api";
import { buildReport, type ReportOptions, type ReportResult, type Table } from "@telltale/core";
import { applyReferenceHeader } from "../io/apply-reference-header.js";
import { readTable } from "../io/read-table.js";

export interface RunReportInput {
  readonly referencePath: string;
  readonly currentPath: string;
  readonly options: ReportOptions;
  readonly onLoadProgress?: (event: { file: string; rows: number }) => void;
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
  const connection = await instance.connect();
  let reference: Table;
  let current: Table;
  try {
    reference = await readTable(connection, input.referencePath, input.onLoadProgress);
    current = await readTable(connection, input.currentPath, input.onLoadProgress);
  } finally {
    connection.closeSync();
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
