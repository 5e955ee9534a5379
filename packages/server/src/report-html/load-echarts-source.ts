import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

/** Reads the minified ECharts bundle from the installed package, to be inlined so the report needs no network. */
export async function loadEchartsSource(): Promise<string> {
  const path = createRequire(import.meta.url).resolve("echarts/dist/echarts.min.js");
  return readFile(path, "utf8");
}
