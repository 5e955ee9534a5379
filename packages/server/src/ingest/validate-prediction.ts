import type { Task } from "@telltale/core";
import type { FeatureKind, FeatureSpec, PredictionRow } from "../store/types.js";
import {
  codeOf,
  describe,
  type Field,
  isPlainObject,
  readClassLabel,
  readId,
  readNumber,
  readProbability,
  readTimestamp,
} from "./record-fields.js";

export interface PredictionContext {
  readonly task: Task;
  readonly positiveLabel: string | null;
  /** The schema so far; features missing from it are inferred from their first non-null value. */
  readonly features: ReadonlyMap<string, FeatureKind>;
  readonly versions: ReadonlySet<string>;
  readonly receivedAt: number;
}

export type PredictionCheck =
  | { readonly success: true; readonly row: PredictionRow; readonly inferred: readonly FeatureSpec[] }
  | { readonly success: false; readonly id?: string; readonly code: string; readonly message: string };

const MAX_FEATURES = 2000;

function reject(code: string, message: string, id?: string): PredictionCheck {
  return id === undefined ? { success: false, code, message } : { success: false, id, code, message };
}

function readOutcome(value: unknown, task: Task, field: string): Field<string | number> {
  return task === "regression" ? readNumber(value, field) : readClassLabel(value, field);
}

function readScore(
  value: unknown,
  context: PredictionContext,
): Field<{ score: number | null; classScores: Record<string, number> | null }> {
  if (value === undefined || value === null) return { ok: true, value: { score: null, classScores: null } };
  if (context.task === "regression") return { ok: false, reason: "score is for classification models" };
  if (typeof value === "number" || !isPlainObject(value)) {
    if (context.task === "multiclass") {
      return {
        ok: false,
        reason: `score of a multiclass model must map class → probability, got ${describe(value)}`,
      };
    }
    const p = readProbability(value, "score");
    return p.ok ? { ok: true, value: { score: p.value, classScores: null } } : p;
  }
  const classScores: Record<string, number> = {};
  for (const [label, raw] of Object.entries(value)) {
    const p = readProbability(raw, `score.${label}`);
    if (!p.ok) return p;
    classScores[label] = p.value;
  }
  if (context.task === "multiclass") return { ok: true, value: { score: null, classScores } };
  // Binary with a class map: keep the positive class's probability, as the report's score column holds.
  const positive = context.positiveLabel;
  if (positive === null) {
    return {
      ok: false,
      reason: "score as a class map needs the model's positiveLabel; send the positive probability",
    };
  }
  const p = classScores[positive];
  if (p === undefined)
    return { ok: false, reason: `score has no probability for the positive label '${positive}'` };
  return { ok: true, value: { score: p, classScores: null } };
}

/** Checks one incoming record against the model; pure, so the rules are testable without a server. */
export function validatePrediction(raw: unknown, context: PredictionContext): PredictionCheck {
  if (!isPlainObject(raw))
    return reject("TELLTALE_BAD_RECORD", `a record must be an object, got ${describe(raw)}`);
  if (raw.id === undefined) return reject("TELLTALE_MISSING_ID", "id is required");
  const id = readId(raw.id);
  if (!id.ok) return reject("TELLTALE_BAD_ID", id.reason);
  const at = (code: string, message: string) => reject(code, message, id.value);

  if (raw.version === undefined || raw.version === null)
    return at("TELLTALE_MISSING_VERSION", "version is required");
  if (typeof raw.version !== "string")
    return at("TELLTALE_WRONG_TYPE", `version must be a string, got ${describe(raw.version)}`);
  if (!context.versions.has(raw.version)) {
    return at("TELLTALE_UNKNOWN_VERSION", `version '${raw.version}' is not registered for this model`);
  }
  const timestamp = readTimestamp(raw.timestamp, context.receivedAt);
  if (!timestamp.ok) return at(codeOf(timestamp, "TELLTALE_BAD_TIMESTAMP"), timestamp.reason);

  if (raw.prediction === undefined || raw.prediction === null)
    return at("TELLTALE_MISSING_PREDICTION", "prediction is required");
  const prediction = readOutcome(raw.prediction, context.task, "prediction");
  if (!prediction.ok) return at(codeOf(prediction, "TELLTALE_WRONG_TYPE"), prediction.reason);

  let label: string | number | null = null;
  if (raw.label !== undefined && raw.label !== null) {
    const l = readOutcome(raw.label, context.task, "label");
    if (!l.ok) return at(codeOf(l, "TELLTALE_WRONG_TYPE"), l.reason);
    label = l.value;
  }
  const score = readScore(raw.score, context);
  if (!score.ok) return at(codeOf(score, "TELLTALE_BAD_SCORE"), score.reason);

  if (!isPlainObject(raw.features)) {
    return at(
      "TELLTALE_WRONG_TYPE",
      `features must be an object of name → value, got ${describe(raw.features)}`,
    );
  }
  // Feature values are checked and normalised in place: no per-feature allocation on the ingest hot path.
  const features = raw.features as Record<string, unknown>;
  const inferred: FeatureSpec[] = [];
  let count = 0;
  for (const name in features) {
    if (++count > MAX_FEATURES) return at("TELLTALE_TOO_MANY_FEATURES", `more than ${MAX_FEATURES} features`);
    const value = features[name];
    let kind = context.features.get(name);
    if (kind === undefined) {
      if (name.length === 0 || name.length > 128 || name === "__proto__") {
        return at(
          "TELLTALE_BAD_FEATURE",
          `feature name ${JSON.stringify(name.slice(0, 40))} is not allowed: 1-128 characters, not __proto__`,
        );
      }
      if (typeof value === "number") kind = "numerical";
      else if (typeof value === "string" || typeof value === "boolean") kind = "categorical";
      if (kind !== undefined) inferred.push({ name, kind });
    }
    if (value === null || value === undefined) {
      features[name] = null;
    } else if (typeof value === "number") {
      if (!Number.isFinite(value)) {
        return at("TELLTALE_NOT_FINITE", `feature '${name}' must be finite, got ${value}`);
      }
      if (kind === "categorical") features[name] = String(value);
    } else if (typeof value === "string") {
      if (kind === "numerical")
        return at("TELLTALE_WRONG_TYPE", `feature '${name}' is numerical, got ${describe(value)}`);
    } else if (typeof value === "boolean") {
      if (kind === "numerical")
        return at("TELLTALE_WRONG_TYPE", `feature '${name}' is numerical, got ${describe(value)}`);
      features[name] = String(value);
    } else {
      return at(
        "TELLTALE_WRONG_TYPE",
        `feature '${name}' must be a number, string, boolean or null, got ${describe(value)}`,
      );
    }
  }

  const segments: Record<string, string | null> = {};
  if (raw.segment !== undefined && raw.segment !== null) {
    if (!isPlainObject(raw.segment))
      return at("TELLTALE_WRONG_TYPE", `segment must be an object, got ${describe(raw.segment)}`);
    for (const [name, value] of Object.entries(raw.segment)) {
      if (value === null) segments[name] = null;
      else if (
        typeof value === "string" ||
        typeof value === "boolean" ||
        (typeof value === "number" && Number.isFinite(value))
      ) {
        segments[name] = String(value);
      } else
        return at(
          "TELLTALE_WRONG_TYPE",
          `segment '${name}' must be a string, number or boolean, got ${describe(value)}`,
        );
    }
  }

  let attributions: Record<string, number> | null = null;
  if (raw.attributions !== undefined && raw.attributions !== null) {
    if (!isPlainObject(raw.attributions)) {
      return at(
        "TELLTALE_WRONG_TYPE",
        `attributions must map feature → number, got ${describe(raw.attributions)}`,
      );
    }
    attributions = {};
    for (const [name, value] of Object.entries(raw.attributions)) {
      const n = readNumber(value, `attributions.${name}`);
      if (!n.ok) return at(codeOf(n, "TELLTALE_WRONG_TYPE"), n.reason);
      attributions[name] = n.value;
    }
  }

  return {
    success: true,
    row: {
      id: id.value,
      version: raw.version,
      timestamp: timestamp.value,
      receivedAt: context.receivedAt,
      prediction: prediction.value,
      score: score.value.score,
      classScores: score.value.classScores,
      label,
      features: features as Record<string, number | string | null>,
      segments,
      attributions,
    },
    inferred,
  };
}
