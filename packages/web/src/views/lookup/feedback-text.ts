import type { FeedbackKind, PredictionFeedback } from "../../api/types";
import { formatNumber } from "../../format/format";
import { valueText } from "./prediction-values";

const KIND_WORDS: Readonly<Record<FeedbackKind, string>> = {
  thumbs: "Thumbs",
  rating: "Rating",
  correction: "Correction",
  comment: "Comment",
};

export function feedbackKindLabel(kind: FeedbackKind): string {
  return KIND_WORDS[kind] ?? kind;
}

/** True for a thumbs up however it arrived (the server answers a boolean; posts may say "up" or 1). */
export function isThumbsUp(value: PredictionFeedback["value"]): boolean {
  return value === true || value === 1 || value === "up";
}

export interface FeedbackValueText {
  /** A decorative sign before the words (👍, 👎, ★, →); the words alone carry the meaning. */
  readonly symbol: string | null;
  readonly text: string;
}

/** A feedback value as a reader says it: `👍 thumbs up`, `★ 4`, `→ >50K`, or the comment's own words. */
export function feedbackValueText(feedback: Pick<PredictionFeedback, "kind" | "value">): FeedbackValueText {
  const { kind, value } = feedback;
  switch (kind) {
    case "thumbs":
      return isThumbsUp(value) ? { symbol: "👍", text: "thumbs up" } : { symbol: "👎", text: "thumbs down" };
    case "rating":
      return { symbol: "★", text: typeof value === "number" ? formatNumber(value) : String(value) };
    case "correction":
      return { symbol: "→", text: valueText(typeof value === "boolean" ? String(value) : value) };
    case "comment":
      return { symbol: null, text: String(value) };
  }
}

/** One line over the list: `3 records: 1 thumbs up, 1 thumbs down, mean rating 4, 1 comment`. */
export function feedbackSummary(feedback: readonly PredictionFeedback[]): string {
  const of = (kind: FeedbackKind) => feedback.filter((f) => f.kind === kind);
  const thumbs = of("thumbs");
  const up = thumbs.filter((f) => isThumbsUp(f.value)).length;
  const ratings = of("rating")
    .map((f) => f.value)
    .filter((v): v is number => typeof v === "number");
  const corrections = of("correction").length;
  const comments = of("comment").length;
  const parts = [
    ...(thumbs.length > 0 ? [`${up} thumbs up`, `${thumbs.length - up} thumbs down`] : []),
    ...(ratings.length > 0
      ? [`mean rating ${formatNumber(ratings.reduce((s, v) => s + v, 0) / ratings.length, 2)}`]
      : []),
    ...(corrections > 0 ? [`${corrections} correction${corrections === 1 ? "" : "s"}`] : []),
    ...(comments > 0 ? [`${comments} comment${comments === 1 ? "" : "s"}`] : []),
  ];
  const head = `${feedback.length} record${feedback.length === 1 ? "" : "s"}`;
  return parts.length === 0 ? head : `${head}: ${parts.join(", ")}`;
}
