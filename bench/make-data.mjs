// Writes the benchmark's reference and current datasets (Parquet and CSV) with DuckDB, once per size.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";

const NUMERICAL = 16;
const CATEGORICAL = 4;

function columns(shifted) {
  const cols = [];
  for (let i = 0; i < NUMERICAL; i++) {
    // Box-Muller normals; in current, every fourth column moves by a quarter of a standard deviation.
    const shift = shifted && i % 4 === 0 ? 0.25 : 0;
    cols.push(
      `round(${i + 1} * sqrt(-2 * ln(random() + 1e-12)) * cos(2 * pi() * random()) + ${i * 10 + shift * (i + 1)}, 6) AS num_${i}`,
    );
  }
  for (let j = 0; j < CATEGORICAL; j++) {
    const levels = [3, 8, 20, 50][j];
    const skew = shifted && j === 1 ? "power(random(), 1.3)" : "random()";
    cols.push(`'cat_' || CAST(floor(${skew} * ${levels}) AS INTEGER) AS cat_${j}`);
  }
  return cols.join(",\n  ");
}

export async function makeData(dir, rows) {
  mkdirSync(dir, { recursive: true });
  const files = {};
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  for (const side of ["reference", "current"]) {
    const parquet = join(dir, `${side}-${rows}.parquet`);
    const csv = join(dir, `${side}-${rows}.csv`);
    files[side] = { parquet, csv };
    if (existsSync(parquet) && existsSync(csv)) continue;
    await connection.run(`SELECT setseed(${side === "reference" ? 0.1 : 0.2})`);
    await connection.run(
      `CREATE OR REPLACE TABLE t AS SELECT ${columns(side === "current")} FROM range(${rows})`,
    );
    await connection.run(`COPY t TO '${parquet}' (FORMAT parquet)`);
    await connection.run(`COPY t TO '${csv}' (FORMAT csv, HEADER)`);
  }
  connection.closeSync();
  instance.closeSync();
  return files;
}
