import type { FeatureValue, LabelRecord, PredictionRecord } from "@telltale/core";
import {
  ADULT_NEGATIVE,
  ADULT_POSITIVE,
  type AdultFeatures,
  type AdultRecord,
  adultFeatures,
} from "./adult-record.js";
import { timeOfDay } from "./daily-cycle.js";
import { mulberry32 } from "./mulberry32.js";
import { seededPermutation } from "./seeded-shuffle.js";
import type { DemoPredict } from "./train-demo-models.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface TrafficModel {
  readonly version: string;
  /** Relative share of the traffic this version serves. */
  readonly share: number;
  readonly predict: DemoPredict;
}

export interface PlanTrafficInput {
  /** The rows to replay (the Adult test split); each becomes one prediction. */
  readonly rows: readonly AdultRecord[];
  readonly models: readonly TrafficModel[];
  /** Epoch milliseconds of the first moment of the month. */
  readonly start: number;
  /** Whole days; default 30. The episodes keep their place in proportion (days 12-16 and the last week of 30). */
  readonly days?: number;
  /** Default 7. */
  readonly seed?: number;
  /** Prediction ids are `<idPrefix>-000001` …; default `adult`. */
  readonly idPrefix?: string;
}

export type TrafficEvent =
  | { readonly at: number; readonly kind: "prediction"; readonly record: PredictionRecord }
  | { readonly at: number; readonly kind: "label"; readonly label: LabelRecord };

/** What the plan did, with its windows in epoch milliseconds [from, to), so the demo can say where to look. */
export interface TrafficScenario {
  readonly start: number;
  readonly end: number;
  readonly predictions: number;
  readonly labels: number;
  readonly shares: Readonly<Record<string, number>>;
  readonly drift: {
    readonly from: number;
    readonly to: number;
    readonly features: readonly string[];
    readonly description: string;
  };
  readonly segmentDrop: {
    readonly segment: Readonly<Record<string, string>>;
    readonly from: number;
    readonly to: number;
    readonly flippedShare: number;
    readonly description: string;
  };
  readonly labelDelayHours: { readonly min: number; readonly max: number };
  readonly unlabelledShare: number;
}

export interface TrafficPlan {
  /** Ordered by `at`; at equal times predictions come before labels. */
  readonly events: readonly TrafficEvent[];
  readonly scenario: TrafficScenario;
}

/** Channels and their shares of traffic; the segment column the demo model declares. */
export const DEMO_CHANNELS = [
  ["web", 0.5],
  ["mobile", 0.35],
  ["partner", 0.15],
] as const;

const DRIFT_DAYS = [12 / 30, 16 / 30] as const;
const HOURS_FACTOR = 1.6;
const DROP_DAYS = [23 / 30, 1] as const;
const DROP_CHANNEL = "partner";
const FLIPPED_SHARE = 0.35;
const DELAY_HOURS = { min: 2, max: 8 } as const;
const UNLABELLED_SHARE = 0.08;

function pick<T>(options: readonly (readonly [T, number])[], u: number): T {
  const total = options.reduce((s, [, w]) => s + w, 0);
  let acc = 0;
  for (const [value, weight] of options) {
    acc += weight / total;
    if (u < acc) return value;
  }
  return options[options.length - 1]![0];
}

/** The upstream bug of the drift episode: hours-per-week scaled by 1.6 (rounded) and capital-gain zeroed. */
function corrupt(features: AdultFeatures): AdultFeatures {
  const hours = features["hours-per-week"];
  return {
    ...features,
    "hours-per-week": hours === null ? null : Math.round(hours * HOURS_FACTOR),
    "capital-gain": features["capital-gain"] === null ? null : 0,
  };
}

/**
 * A month of production traffic for the demo, as timestamps only (the replay's pace is the caller's): every row
 * once, at a seeded time with a daily cycle, served by a version drawn by share (constant all month: champion
 * and challenger side by side), from a channel (web/mobile/partner). Days 12–16: an upstream bug corrupts
 * `hours-per-week` (×1.6) and `capital-gain` (0) before the model sees them. Last week: 35% of the `partner`
 * channel's ground truth is flipped, so accuracy drops there only. Labels follow their prediction by 2–8 hours;
 * 8% never arrive. Pure: the same input gives the same plan.
 */
export function planTraffic(input: PlanTrafficInput): TrafficPlan {
  const { rows, models, start } = input;
  const days = input.days ?? 30;
  const idPrefix = input.idPrefix ?? "adult";
  if (models.length === 0) throw new RangeError("planTraffic needs at least one model");
  if (!(Number.isInteger(days) && days > 0))
    throw new RangeError(`days = ${days} must be a positive integer`);
  if (!models.every((m) => m.share >= 0) || !models.some((m) => m.share > 0)) {
    throw new RangeError("model shares must be non-negative and not all zero");
  }
  const random = mulberry32(input.seed ?? 7);
  const span = days * DAY;
  const driftFrom = start + Math.round(DRIFT_DAYS[0] * span);
  const driftTo = start + Math.round(DRIFT_DAYS[1] * span);
  const dropFrom = start + Math.round(DROP_DAYS[0] * span);
  const dropTo = start + Math.round(DROP_DAYS[1] * span);
  const versions = models.map((m) => [m, m.share] as const);

  // Every draw happens for every row in a fixed order, so one row's branch never shifts another row's numbers.
  const order = seededPermutation(rows.length, random);
  const planned = Array.from(order, (index) => {
    const day = Math.min(days - 1, Math.floor(random() * days));
    const at = start + Math.round((day + timeOfDay(random())) * DAY);
    const model = pick(versions, random());
    const channel = pick(DEMO_CHANNELS, random());
    const flip = random() < FLIPPED_SHARE;
    const unlabelled = random() < UNLABELLED_SHARE;
    const delay = Math.round((DELAY_HOURS.min + random() * (DELAY_HOURS.max - DELAY_HOURS.min)) * HOUR);
    return { index, at, model, channel, flip, unlabelled, delay };
  });
  planned.sort((a, b) => a.at - b.at || a.index - b.index);

  const events: TrafficEvent[] = [];
  let labels = 0;
  planned.forEach((p, k) => {
    const row = rows[p.index]!;
    const id = `${idPrefix}-${String(k + 1).padStart(6, "0")}`;
    const clean = adultFeatures(row);
    const features = p.at >= driftFrom && p.at < driftTo ? corrupt(clean) : clean;
    const { prediction, score, attributions } = p.model.predict(features);
    const record: PredictionRecord = {
      id,
      version: p.model.version,
      timestamp: p.at,
      features: features as Readonly<Record<string, FeatureValue>>,
      prediction,
      score,
      segment: { channel: p.channel },
      attributions,
    };
    events.push({ at: p.at, kind: "prediction", record });
    if (p.unlabelled) return;
    const dropped = p.channel === DROP_CHANNEL && p.at >= dropFrom && p.at < dropTo && p.flip;
    const truth = dropped ? (row.income === ADULT_POSITIVE ? ADULT_NEGATIVE : ADULT_POSITIVE) : row.income;
    const at = p.at + p.delay;
    events.push({ at, kind: "label", label: { id, label: truth, timestamp: at } });
    labels++;
  });
  // Stable sort: equal times keep prediction-before-label and id order from the loop above.
  events.sort((a, b) => a.at - b.at || (a.kind === b.kind ? 0 : a.kind === "prediction" ? -1 : 1));

  const totalShare = models.reduce((s, m) => s + m.share, 0);
  return {
    events,
    scenario: {
      start,
      end: start + span,
      predictions: planned.length,
      labels,
      shares: Object.fromEntries(models.map((m) => [m.version, m.share / totalShare])),
      drift: {
        from: driftFrom,
        to: driftTo,
        features: ["hours-per-week", "capital-gain"],
        description: `an upstream bug multiplies hours-per-week by ${HOURS_FACTOR} and zeroes capital-gain`,
      },
      segmentDrop: {
        segment: { channel: DROP_CHANNEL },
        from: dropFrom,
        to: dropTo,
        flippedShare: FLIPPED_SHARE,
        description: `the ${DROP_CHANNEL} channel's outcomes stop matching its features: ${FLIPPED_SHARE * 100}% of its labels flip`,
      },
      labelDelayHours: { ...DELAY_HOURS },
      unlabelledShare: UNLABELLED_SHARE,
    },
  };
}
