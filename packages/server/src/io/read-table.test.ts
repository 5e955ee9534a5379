import { writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import type { Table } from "@telltale/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error.js";
import { readTable } from "./read-table.js";

let dir: string;
let instance: DuckDBInstance;
let connection: DuckDBConnection;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "telltale-read-"));
  instance = await DuckDBInstance.create(":memory:");
  connection = await instance.connect();
});
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function values(table: Table, name: string): (number | string | null)[] {
  const column = table.columns.find((c) => c.name === name)!.column;
  if (column.kind === "numerical") return Array.from(column.values, (v) => (Number.isNaN(v) ? null : v));
  return Array.from(column.codes, (c) => (c < 0 ? null : column.categories[c]!));
}

const EXPECTED = {
  age: [25, null, 40.5],
  city: ["Paris", "Lyon", null],
  ok: ["true", "false", "true"],
};

describe("readTable", () => {
  it("reads CSV with quoting and every missing marker", async () => {
    const path = file("a.csv", 'age,city,ok\n25,"Paris",true\nNA, Lyon ,false\n40.5,null,true\n');
    const table = await readTable(connection, path);
    expect(table.rows).toBe(3);
    expect(table.columns.map((c) => c.sourceType)).toEqual(["float", "string", "boolean"]);
    for (const [name, expected] of Object.entries(EXPECTED)) expect(values(table, name)).toEqual(expected);
  });

  it("sniffs a semicolon delimiter", async () => {
    const table = await readTable(connection, file("b.csv", "a;b\n1;x\n2;y\n"));
    expect(table.columns.map((c) => c.name)).toEqual(["a", "b"]);
    expect(values(table, "a")).toEqual([1, 2]);
  });

  it("types a column from every row when text appears past the sniffer's sample", async () => {
    const lines = Array.from({ length: 30_000 }, (_, i) => `${i / 7},${i % 3}`);
    const table = await readTable(connection, file("late.csv", `x,y\n${lines.join("\n")}\noops,1\n`));
    expect(table.rows).toBe(30_001);
    expect(table.columns.map((c) => c.sourceType)).toEqual(["string", "integer"]);
  });

  it("reads JSON Lines", async () => {
    const path = file(
      "a.jsonl",
      '{"age":25,"city":"Paris","ok":true}\n{"age":null,"city":"Lyon","ok":false}\n{"age":40.5,"city":null,"ok":true}\n',
    );
    const table = await readTable(connection, path);
    for (const [name, expected] of Object.entries(EXPECTED)) expect(values(table, name)).toEqual(expected);
  });

  it("reads Parquet", async () => {
    const path = join(dir, "a.parquet");
    await connection.run(
      `COPY (SELECT * FROM (VALUES (25.0, 'Paris', true), (NULL, 'Lyon', false), (40.5, NULL, true)) t(age, city, ok)) TO '${path}' (FORMAT parquet)`,
    );
    const table = await readTable(connection, path);
    for (const [name, expected] of Object.entries(EXPECTED)) expect(values(table, name)).toEqual(expected);
  });

  it.each([
    ["missing.csv", null, "TELLTALE_FILE_NOT_FOUND", "no such file"],
    ["empty.csv", "", "TELLTALE_EMPTY_FILE", "the file is empty"],
    ["header.csv", "a,b\n", "TELLTALE_EMPTY_FILE", "no data rows"],
    ["broken.parquet", "not parquet", "TELLTALE_BAD_INPUT", "cannot read as parquet"],
  ])("rejects %s with %s", async (name, content, code, message) => {
    const path = content === null ? join(dir, name) : file(name, content);
    const error = await readTable(connection, path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    expect((error as AppError).message).toContain(message);
    expect((error as AppError).message).toContain(name);
  });
});
