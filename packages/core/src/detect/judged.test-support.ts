import type { DetectorResult, DetectorVerdict } from "./detector-result.js";

/** The verdict of a result a test expects to be judged; fails the test on `insufficient`. */
export function judged(result: DetectorResult): DetectorVerdict {
  if (result.status === "insufficient") throw new Error(`unexpected insufficient: ${result.reason}`);
  return result;
}
