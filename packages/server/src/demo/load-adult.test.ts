import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ADULT_DATA_DIR, loadAdult } from "./load-adult.js";

const SHARED = new URL("../../../../../shared/datasets/adult/", import.meta.url);

describe("loadAdult", () => {
  it("finds the shipped data next to src/ and dist/", () => {
    expect(fileURLToPath(ADULT_DATA_DIR)).toMatch(/packages\/server\/data\/adult\/$/);
    // dist/demo/load-adult.js resolves the same relative URL to the same folder.
    const fromDist = new URL("../../data/adult/", new URL("../../dist/demo/load-adult.js", import.meta.url));
    expect(fromDist.href).toBe(ADULT_DATA_DIR.href);
  });

  it("reads both splits whole", () => {
    const { train, test } = loadAdult();
    expect(train).toHaveLength(32_561);
    expect(test).toHaveLength(16_281);
    expect(train.filter((r) => r.income === ">50K")).toHaveLength(7_841);
    expect(test.filter((r) => r.income === ">50K")).toHaveLength(3_846);
    expect(train.filter((r) => r.workclass === null)).toHaveLength(1_836);
    expect(test[0]).toMatchObject({ age: 25, workclass: "Private", education: "11th", income: "<=50K" });
  });

  it.runIf(existsSync(SHARED))("ships byte-identical copies of shared/datasets/adult", () => {
    for (const [gz, source] of [
      ["adult-train.csv.gz", "adult.csv"],
      ["adult-test.csv.gz", "adult.test"],
    ] as const) {
      const shipped = gunzipSync(readFileSync(new URL(gz, ADULT_DATA_DIR)));
      expect(shipped.equals(readFileSync(new URL(source, SHARED)))).toBe(true);
    }
  });
});
