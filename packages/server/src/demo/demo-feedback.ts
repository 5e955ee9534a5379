import type { LabelRecord, PredictionRecord } from "@telltale/core";
import { mulberry32 } from "./mulberry32.js";

/** One feedback record as `POST …/feedback` takes it. */
export interface DemoFeedback {
  readonly id: string;
  readonly kind: "thumbs" | "rating";
  readonly value: string | number;
  readonly timestamp: number;
}

/** Users rate one prediction in ten; among those, one in three also gives stars. */
const THUMBS_EVERY = 10;
const RATING_EVERY = 3;
/** How often a user's thumb agrees with whether the prediction was right. */
const THUMB_AGREEMENT = 0.85;

/**
 * Feedback of the demo's users, drawn from whether each prediction turned out right (its label): mostly thumbs up
 * for right answers and down for wrong ones, ratings of 4–5 and 1–2, given an hour after the prediction (never
 * after `now`). Seeded, so every demo run gives the same feedback; predictions that never get a label get none.
 */
export function demoFeedback(
  predictions: readonly PredictionRecord[],
  labels: readonly LabelRecord[],
  now: number,
  seed = 7,
): DemoFeedback[] {
  const random = mulberry32(seed);
  const truth = new Map(labels.map((l) => [String(l.id), String(l.label)] as const));
  const out: DemoFeedback[] = [];
  predictions.forEach((p, i) => {
    if (i % THUMBS_EVERY !== 0) return;
    const label = truth.get(String(p.id));
    if (label === undefined) return;
    const right = String(p.prediction) === label;
    const agrees = random() < THUMB_AGREEMENT;
    const at = Math.min(now, Number(new Date(p.timestamp ?? now)) + 3_600_000);
    out.push({ id: String(p.id), kind: "thumbs", value: right === agrees ? "up" : "down", timestamp: at });
    if ((i / THUMBS_EVERY) % RATING_EVERY === 0) {
      const stars = right ? 4 + Math.floor(random() * 2) : 1 + Math.floor(random() * 2);
      out.push({ id: String(p.id), kind: "rating", value: stars, timestamp: at });
    }
  });
  return out;
}
