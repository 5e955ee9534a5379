import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "./helpers.js";

const dir = tempDir();
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const good = file("good.csv", "x,y,label,pred\n1.5,a,0,0\n2.5,b,1,0\n3.5,a,0,1\n");

describe("telltale report rejects bad input with exit 2 and one line", () => {
  it.each([
    ["an empty file", file("empty.csv", ""), [], "empty.csv: the file is empty"],
    ["a header without rows", file("header.csv", "x,y,label,pred\n"), [], "header.csv: no data rows"],
    [
      "different columns",
      file("other.csv", "x,z,label,pred\n1,a,0,0\n"),
      [],
      "reference and current have different columns: other.csv lacks 'y'; good.csv lacks 'z'",
    ],
    [
      "a missing target column",
      good,
      ["--target", "income"],
      "--target names column 'income', which is not in good.csv",
    ],
    [
      "a numerical column holding text",
      file("text.csv", "x,y,label,pred\nabc,a,0,0\ndef,b,1,1\n"),
      ["--numerical", "x"],
      "text.csv: column 'x' should be numerical but holds text ('abc' at data row 1)",
    ],
    [
      "a column with every value missing",
      file("missing.csv", "x,y,label,pred\n1.5,,0,0\n2.5,NA,1,1\n"),
      [],
      "missing.csv: every value of column 'y' is missing",
    ],
    [
      "a column given two roles",
      good,
      ["--target", "label", "--prediction", "label"],
      "column 'label' is given to both --target and --prediction",
    ],
    [
      "an unknown positive label",
      good,
      ["--target", "label", "--prediction", "pred", "--positive-label", "yes"],
      "--positive-label 'yes' is not a label",
    ],
  ])("%s", (_, current, extra, message) => {
    const run = runCli(["report", "--reference", good, "--current", current, ...extra]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toContain(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
