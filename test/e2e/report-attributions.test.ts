import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "./helpers.js";

const dir = tempDir();

/** Rows with logged attributions: x's are ±2, y's ±`yScale`; y moves by `shift`. */
function csv(name: string, yScale: number, shift: number): string {
  const lines = ["x,y,attribution.x,attribution.y"];
  for (let i = 0; i < 200; i++) {
    const sign = i % 2 === 0 ? 1 : -1;
    lines.push(`${(i % 10) / 10},${((i * 7) % 10) / 10 + shift},${2 * sign},${-yScale * sign}`);
  }
  const path = join(dir, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

describe("telltale report with logged attributions", () => {
  it("explains the change: attribution columns are not features, importance and NDCG are in the JSON and summary", () => {
    const json = join(dir, "report.json");
    const files = ["--reference", csv("ref.csv", 1, 0), "--current", csv("cur.csv", 3, 0.5)];
    expect(runCli(["report", ...files, "--json", json]).status).toBe(0);
    const run = runCli(["report", ...files]);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(json, "utf8"));
    expect(report.columns.map((c: { name: string }) => c.name)).toEqual(["x", "y"]);
    expect(report.explain.importance.map((r: { feature: string }) => r.feature)).toEqual(["y", "x"]);
    expect(report.explain.attributionDrift).toBe(true);
    expect(report.explain.driftImpact[0]).toMatchObject({ feature: "y", drifted: true });
    expect(run.stdout).toContain("Importance (mean |attribution|): y 3, x 2;");
    expect(run.stdout).toContain("(below 0.9: attribution drift)");
    expect(run.stdout).toMatch(/Behind the drift \(drift × importance share\): y /);
  });
});
