import type { Tone } from "../../components/badge";
import { BASELINE_LABELS } from "./explain-params";
import type { Baseline } from "./explain-types";

export interface NdcgVerdict {
  readonly tone: Tone;
  readonly badge: string;
  readonly text: string;
}

/** Within this much above the threshold the ranking is still the same, but worth watching. */
export const NDCG_MARGIN = 0.03;

/**
 * NDCG of the window's importance ranking against the baseline's, in words: below the threshold (0.9, as
 * SageMaker Clarify alerts) the model leans on different features than before.
 */
export function ndcgVerdict(ndcg: number | null, threshold: number, baseline: Baseline | null): NdcgVerdict {
  if (ndcg === null || baseline === null) {
    return {
      tone: "neutral",
      badge: "No baseline",
      text: "There is no baseline importance to compare the ranking with.",
    };
  }
  const against = BASELINE_LABELS[baseline];
  if (ndcg < threshold) {
    return {
      tone: "bad",
      badge: "Attribution drift",
      text: `The importance ranking moved away from ${against}: the model now leans on different features.`,
    };
  }
  if (ndcg < threshold + NDCG_MARGIN) {
    return {
      tone: "warn",
      badge: "Near the threshold",
      text: `The importance ranking is close to ${against}'s, but near the alert threshold.`,
    };
  }
  return {
    tone: "good",
    badge: "Stable",
    text: `The model leans on the same features as in ${against}.`,
  };
}
