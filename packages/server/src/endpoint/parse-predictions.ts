import { AppError } from "../errors/app-error.js";
import type { EndpointOutput } from "./endpoint-output.js";

/** Where a batch came from, for error messages: the URL, the batch's number and its first row. */
export interface BatchPlace {
  readonly url: string;
  readonly batch: number;
  readonly firstRow: number;
}

const describe = (value: unknown): string => {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number") return Number.isFinite(value) ? `the number ${value}` : String(value);
  if (typeof value === "string") return `the string ${JSON.stringify(value.slice(0, 40))}`;
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function badResponse(place: BatchPlace, what: string, details: Record<string, unknown> = {}): AppError {
  return new AppError(
    "TELLTALE_ENDPOINT_BAD_RESPONSE",
    `the model endpoint ${place.url} answered batch ${place.batch} (rows from ${place.firstRow}) with ${what}`,
    { url: place.url, batch: place.batch, ...details },
  );
}

function parseScore(value: unknown, row: number, place: BatchPlace): EndpointOutput["score"] {
  if (value === undefined || value === null) return null;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (isRecord(value)) {
    const entries = Object.entries(value);
    const bad = entries.find(([, p]) => typeof p !== "number" || !Number.isFinite(p));
    if (entries.length > 0 && bad === undefined) return value as Record<string, number>;
    const what = bad ? `${describe(bad[1])} for class ${JSON.stringify(bad[0])}` : "no classes";
    throw badResponse(place, `${what} in row ${row}'s score: expected finite probabilities`, { row });
  }
  throw badResponse(
    place,
    `${describe(value)} as row ${row}'s score: expected a finite number or {class: p}`,
    {
      row,
    },
  );
}

function parseOutput(item: unknown, row: number, place: BatchPlace): EndpointOutput {
  if (typeof item === "number" && Number.isFinite(item)) return { score: item, prediction: null };
  if (!isRecord(item)) {
    throw badResponse(
      place,
      `${describe(item)} as row ${row}'s prediction: expected a finite number or an object`,
      {
        row,
      },
    );
  }
  const score = parseScore(item.score, row, place);
  const p = item.prediction;
  const prediction =
    p === undefined || p === null
      ? null
      : typeof p === "string" || (typeof p === "number" && Number.isFinite(p))
        ? p
        : undefined;
  if (prediction === undefined) {
    throw badResponse(place, `${describe(p)} as row ${row}'s label: expected a string or a finite number`, {
      row,
    });
  }
  if (score === null && prediction === null) {
    throw badResponse(place, `neither a score nor a prediction for row ${row}`, { row });
  }
  return { score, prediction };
}

/**
 * Checks a response body against the wire protocol: JSON `{"predictions": [...]}` with exactly `expected` items,
 * each a finite number or `{score?, prediction?}`; row numbers in errors count from the call's first row.
 */
export function parsePredictions(text: string, expected: number, place: BatchPlace): EndpointOutput[] {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw badResponse(place, `a body that is not JSON (${JSON.stringify(text.slice(0, 200))})`);
  }
  if (!isRecord(body) || !Array.isArray(body.predictions)) {
    throw badResponse(
      place,
      `${describe(body)} without a "predictions" array: expected {"predictions": [...]}`,
    );
  }
  const predictions: unknown[] = body.predictions;
  if (predictions.length !== expected) {
    throw badResponse(
      place,
      `${predictions.length} predictions for ${expected} instances: expected one per instance`,
      { expected, received: predictions.length },
    );
  }
  return predictions.map((item, i) => parseOutput(item, place.firstRow + i, place));
}
