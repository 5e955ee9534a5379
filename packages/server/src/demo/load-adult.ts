import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { AdultRecord } from "./adult-record.js";
import { parseAdultCsv } from "./parse-adult-csv.js";

/** `packages/server/data/adult/`: two levels up from both `src/demo/` and `dist/demo/`, and shipped in `files`. */
export const ADULT_DATA_DIR = new URL("../../data/adult/", import.meta.url);

export interface AdultSplits {
  /** The UCI training split, 32,561 rows. */
  readonly train: AdultRecord[];
  /** The UCI test split, 16,281 rows. */
  readonly test: AdultRecord[];
}

function readGzip(dir: URL, name: string): string {
  return gunzipSync(readFileSync(new URL(name, dir))).toString("utf8");
}

/** Reads the gzip-compressed Adult splits that ship with the package (see data/adult/README.md). */
export function loadAdult(dir: URL = ADULT_DATA_DIR): AdultSplits {
  return {
    train: parseAdultCsv(readGzip(dir, "adult-train.csv.gz")),
    test: parseAdultCsv(readGzip(dir, "adult-test.csv.gz")),
  };
}
