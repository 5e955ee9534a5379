import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DATASETS = join(ROOT, "..", "shared", "datasets");
export const ADULT_TRAIN = join(DATASETS, "adult", "adult.csv");
export const ADULT_TEST = join(DATASETS, "adult", "adult.test");
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
