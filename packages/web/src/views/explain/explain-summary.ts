import { formatCount, formatTime } from "../../format/format";
import { BASELINE_LABELS, METHOD_LABELS } from "./explain-params";
import type { ExplainAnswer } from "./explain-types";

/** Where the importance came from, in one line: the method, on how many rows of which version, at what cost. */
export function explainSummary(answer: ExplainAnswer): string {
  const method = METHOD_LABELS[answer.method].replace(/ \(calls the endpoint\)$/, "");
  const rows =
    answer.sampled !== null
      ? `a sample of ${formatCount(answer.sampled)} predictions`
      : `${formatCount(answer.rows)} predictions`;
  const calls =
    answer.evaluations > 0 ? `, ${formatCount(answer.evaluations)} calls of the model's endpoint` : "";
  const against =
    answer.baseline === null
      ? "no baseline to compare with"
      : `compared with ${BASELINE_LABELS[answer.baseline]}`;
  return `${method} on ${rows} of version ${answer.explainedVersion}${calls}; ${against}.`;
}

/** The window an answer was computed for, for answers kept while the window on screen moved on. */
export function computedForText(answer: Pick<ExplainAnswer, "from" | "to">): string {
  return `Computed for ${formatTime(answer.from)} – ${formatTime(answer.to)}.`;
}
