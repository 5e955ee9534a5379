import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "./helpers.js";

const dir = tempDir();
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** 20 rows: labels and predictions cycle so the confusion counts are known. */
function csv(name: string, shift: number): string {
  const lines = ["amount,label,pred"];
  for (let i = 0; i < 20; i++) lines.push(`${i},${i % 4 < 1 + shift ? 1 : 0},${i % 2}`);
  return file(name, `${lines.join("\n")}\n`);
}

/** fn and fp of `csv(…, shift)` by hand, positive class 1. */
function counts(shift: number) {
  let fn = 0;
  let fp = 0;
  for (let i = 0; i < 20; i++) {
    const label = i % 4 < 1 + shift ? 1 : 0;
    const pred = i % 2;
    if (label === 1 && pred === 0) fn++;
    if (label === 0 && pred === 1) fp++;
  }
  return { fn, fp };
}

const base = (json: string) => [
  "report",
  "--reference",
  csv("ref.csv", 0),
  "--current",
  csv("cur.csv", 1),
  "--target",
  "label",
  "--prediction",
  "pred",
  "--positive-label",
  "1",
  "--json",
  json,
];

describe("telltale report with business metrics", () => {
  it("adds --cost and --business metrics to the report, each side from its own confusion counts", () => {
    const json = join(dir, "business.json");
    const definitions = file(
      "business-metrics.json",
      JSON.stringify([{ name: "review_load", expression: "tp + fp", unit: "cases", better: "lower" }]),
    );
    const run = runCli([...base(json), "--cost", "fn=50,fp=2", "--business", definitions]);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(json, "utf8"));
    const before = counts(0);
    const after = counts(1);
    expect(report.business[0]).toEqual({
      name: "cost",
      expression: "50 * fn + 2 * fp",
      unit: null,
      better: "lower",
      reference: 50 * before.fn + 2 * before.fp,
      current: 50 * after.fn + 2 * after.fp,
      change: 50 * (after.fn - before.fn) + 2 * (after.fp - before.fp),
    });
    expect(report.business[1]).toMatchObject({
      name: "review_load",
      unit: "cases",
      reference: 10,
      current: 10,
    });
    const summary = runCli(base(json).slice(0, -2).concat(["--cost", "fn=50,fp=2"]));
    expect(summary.stdout).toContain("Business metrics (reference → current)");
    const [a, b] = [50 * before.fn + 2 * before.fp, 50 * after.fn + 2 * after.fp];
    // A cost is better lower.
    expect(summary.stdout).toContain(`cost = 50 * fn + 2 * fp: ${a} → ${b}  ${b < a ? "better" : "worse"}`);
  });

  it.each([
    [["--cost", "fn=fifty"], "--cost expects QUANTITY=WEIGHT"],
    [["--cost", "fnn=50"], "expression '50 * fnn': unknown name"],
    [["--business", "/no/such/file.json"], "--business /no/such/file.json: cannot read the file"],
  ])("exits 2 with one line for %j", (extra, message) => {
    const run = runCli([...base(join(dir, "x.json")), ...extra]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toContain(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
