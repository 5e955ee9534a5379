import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/**
 * The UCI Adult files as `../shared/datasets/adult` holds them, unpacked from the byte-identical copies the server
 * package ships (`packages/server/data/adult`), so a clone needs nothing beside it.
 */
function unpackAdult(): { train: string; test: string } {
  const dir = mkdtempSync(join(tmpdir(), "telltale-adult-"));
  const packaged = join(ROOT, "packages", "server", "data", "adult");
  const train = join(dir, "adult.csv");
  const test = join(dir, "adult.test");
  writeFileSync(train, gunzipSync(readFileSync(join(packaged, "adult-train.csv.gz"))));
  writeFileSync(test, gunzipSync(readFileSync(join(packaged, "adult-test.csv.gz"))));
  return { train, test };
}
const adult = unpackAdult();
export const ADULT_TRAIN = adult.train;
export const ADULT_TEST = adult.test;
const BIN = join(ROOT, "packages", "server", "bin", "telltale.js");

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "telltale-test-"));
}

/** Runs the built CLI as a user would (`npx telltale …` resolves to this bin). */
export function runCli(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    cwd: ROOT,
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** |a − b| ≤ rel · max(|a|, |b|) + abs. */
export function close(actual: number | null, expected: number | null, rel = 1e-9, abs = 0): boolean {
  if (actual === null || expected === null) return actual === expected;
  return Math.abs(actual - expected) <= rel * Math.max(Math.abs(actual), Math.abs(expected)) + abs;
}
