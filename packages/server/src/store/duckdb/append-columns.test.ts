import { BIGINT, DOUBLE, DuckDBInstance, type DuckDBType, VARCHAR } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { appendColumns } from "./append-columns.js";

interface Row {
  x: number | null;
  t: number | null;
  s: string | null;
}

describe("appendColumns", () => {
  it("stores numbers, big integers, text and NULLs across chunk boundaries as given", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    await connection.run("CREATE TABLE t (k BIGINT, x DOUBLE, t BIGINT, s VARCHAR)");
    const rows: (Row & { k: number })[] = Array.from({ length: 5000 }, (_, k) => ({
      k,
      x: k % 7 === 0 || k === 2047 ? null : k === 2048 ? -0.5 : k * 1.25,
      t: k % 11 === 0 || k === 2048 ? null : 1_764_000_000_000 + k,
      s: k % 13 === 0 || k === 4095 ? null : k === 4096 ? "ünï €" : `v${k}`,
    }));
    const column = (type: DuckDBType, value: (r: (typeof rows)[number]) => string | number | null) => ({
      type,
      value,
    });
    const appender = await connection.createAppender("t");
    appendColumns(
      appender,
      [
        column(BIGINT, (r) => r.k),
        column(DOUBLE, (r) => r.x),
        column(BIGINT, (r) => r.t),
        column(VARCHAR, (r) => r.s),
      ],
      rows,
    );
    appender.closeSync();
    const stored = (await connection.runAndReadAll("SELECT k, x, t, s FROM t ORDER BY k")).getRowsJS();
    expect(stored.length).toBe(5000);
    expect(stored.map(([k, x, t, s]) => ({ k: Number(k), x, t: t === null ? null : Number(t), s }))).toEqual(
      rows,
    );
    connection.closeSync();
    instance.closeSync();
  });

  it("refuses a column type it does not write", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    await connection.run("CREATE TABLE b (x BOOLEAN)");
    const types = (await connection.run("SELECT * FROM b LIMIT 0")).columnTypes();
    const appender = await connection.createAppender("b");
    expect(() => appendColumns(appender, [{ type: types[0]!, value: () => 1 }], [{}])).toThrow(/BOOLEAN/);
    appender.closeSync();
    connection.closeSync();
    instance.closeSync();
  });
});
