import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Report } from "@telltale/core";
import { describe, expect, it } from "vitest";
import { ADULT_TEST, ADULT_TRAIN, close, ROOT, runCli, tempDir } from "./helpers.js";

interface Golden {
  reference: { rows: number };
  current: { rows: number };
  columns: Report["columns"];
  drift: {
    columns: { column: string; method: string; statistic: number; threshold: number; drifted: boolean }[];
    driftedColumns: number;
    totalColumns: number;
    share: number;
  };
  quality: {
    column: string;
    missing: { reference: number; current: number };
    outOfRange?: number;
    newCategories?: { value: string; count: number }[];
  }[];
}

const golden = JSON.parse(readFileSync(join(ROOT, "test/e2e/golden/adult-report.json"), "utf8")) as Golden;

describe("telltale report on UCI Adult (train as reference, test split as current)", () => {
  const dir = tempDir();
  const jsonPath = join(dir, "adult.json");
  const htmlPath = join(dir, "adult.html");
  const run = runCli([
    "report",
    "--reference",
    ADULT_TRAIN,
    "--current",
    ADULT_TEST,
    "--target",
    "income-per-year",
    "--sensitive",
    "sex,race",
    "--json",
    jsonPath,
    "--html",
    htmlPath,
  ]);
  const report = JSON.parse(readFileSync(jsonPath, "utf8")) as Report;

  it("exits 0 and says how it read the messy test split", () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain("adult.test has no header row");
    expect(run.stderr).toContain("labels of 'income-per-year' end with a dot");
  });

  it("reads every row, skipping the banner line", () => {
    expect(report.schemaVersion).toBe(1);
    expect(report.reference.rows).toBe(golden.reference.rows);
    expect(report.current.rows).toBe(golden.current.rows);
  });

  it("infers column kinds and roles like Evidently", () => {
    expect(report.columns).toEqual(golden.columns);
  });

  it("matches scipy's drift statistics for every column", () => {
    for (const expected of golden.drift.columns) {
      const actual = report.drift.columns.find((c) => c.column === expected.column);
      expect(actual, expected.column).toBeDefined();
      expect(actual!.method).toBe(expected.method);
      expect(
        close(actual!.statistic, expected.statistic),
        `${expected.column}: ${actual!.statistic} vs ${expected.statistic}`,
      ).toBe(true);
      expect(actual!.drifted).toBe(expected.drifted);
    }
    expect(report.drift.driftedColumns).toBe(golden.drift.driftedColumns);
    expect(report.drift.totalColumns).toBe(golden.drift.totalColumns);
  });

  it("matches pandas' data-quality counts", () => {
    for (const expected of golden.quality) {
      const actual = report.quality.columns.find((c) => c.column === expected.column)!;
      expect(actual.missing).toEqual(expected.missing);
      if (expected.outOfRange !== undefined) expect(actual.outOfRange).toBe(expected.outOfRange);
      if (expected.newCategories !== undefined) expect(actual.newCategories).toEqual(expected.newCategories);
    }
  });

  it("writes a self-contained HTML report", () => {
    const html = readFileSync(htmlPath, "utf8");
    expect(html.length).toBeLessThan(3 * 1024 * 1024);
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).toContain("income-per-year");
  });
});

describe("telltale report as a CI gate", () => {
  const base = ["report", "--reference", ADULT_TRAIN, "--current", ADULT_TEST, "--target", "income-per-year"];

  it("exits 1 and names the failed check", () => {
    const dir = tempDir();
    const run = runCli([
      ...base,
      "--max",
      "drift.share=-1",
      "--min",
      "drift.totalColumns=1",
      "--json",
      join(dir, "r.json"),
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("drift.share ≤ -1");
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Report;
    expect(report.checks).toEqual([
      { path: "drift.totalColumns", op: "min", limit: 1, value: 14, passed: true },
      { path: "drift.share", op: "max", limit: -1, value: report.drift.share, passed: false },
    ]);
  });

  it("exits 0 when every check passes, printing the summary", () => {
    const run = runCli([...base, "--max", "drift.share=0.5", "--fail-on-drift"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("Dataset drift: no");
    expect(run.stdout).toContain("Checks: 2 passed, 0 failed");
  });

  it.each([
    [["--current", ADULT_TEST], "--reference FILE and --current FILE are required"],
    [["--reference", "nope.csv", "--current", ADULT_TEST], "nope.csv: no such file"],
    [
      ["--reference", ADULT_TRAIN, "--current", ADULT_TEST, "--target", "salary"],
      "--target names column 'salary'",
    ],
    [
      ["--reference", ADULT_TRAIN, "--current", ADULT_TEST, "--drift-method", "magic"],
      "--drift-method expects one of",
    ],
    [
      ["--reference", ADULT_TRAIN, "--current", ADULT_TEST, "--max", "drift.share"],
      "--max expects PATH=NUMBER",
    ],
  ])("exits 2 with one readable line on bad input %#", (args, message) => {
    const run = runCli(["report", ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("lists commands and flags with defaults", () => {
    expect(runCli(["--help"]).stdout).toContain("report");
    const help = runCli(["report", "--help"]);
    expect(help.status).toBe(0);
    for (const flag of ["--reference", "--drift-method", "--bins", "--fail-on-drift", "(default: 0.5)"]) {
      expect(help.stdout).toContain(flag);
    }
  });
});
