import { AppError } from "../errors/app-error.js";

export const MAX_RECORDS = 10_000;

export const LINE_TYPES = ["application/x-ndjson", "application/jsonl", "application/x-jsonlines"];

/**
 * The records of an ingest body: `{records: [...]}` as JSON, or one record per line as JSON Lines. A body that is
 * not one of these fails as a whole (400) with the line or field that broke it.
 */
export function parseRecords(contentType: string | undefined, body: unknown): unknown[] {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  const lines = LINE_TYPES.includes(type);
  if (!lines && type !== "application/json") {
    throw new AppError(
      "TELLTALE_UNSUPPORTED_MEDIA_TYPE",
      `send application/json or application/x-ndjson; got Content-Type '${type || "none"}'`,
      { accepted: ["application/json", ...LINE_TYPES] },
    );
  }
  let records: unknown[];
  if (lines && typeof body === "string") {
    records = [];
    const lines = body.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (line === "") continue;
      try {
        records.push(JSON.parse(line));
      } catch (error) {
        throw new AppError("TELLTALE_BAD_INPUT", `line ${i + 1} is not JSON: ${(error as Error).message}`, {
          line: i + 1,
        });
      }
    }
  } else if (typeof body === "object" && body !== null && !Array.isArray(body)) {
    const value = (body as { records?: unknown }).records;
    if (!Array.isArray(value)) {
      throw new AppError("TELLTALE_VALIDATION", "body.records must be an array of records", {
        contentType: type,
      });
    }
    records = value;
  } else {
    throw new AppError(
      "TELLTALE_VALIDATION",
      'send {"records": [...]} as application/json or one record per line as application/x-ndjson',
    );
  }
  if (records.length > MAX_RECORDS) {
    throw new AppError(
      "TELLTALE_PAYLOAD_TOO_LARGE",
      `at most ${MAX_RECORDS} records per request, got ${records.length}`,
      {
        limit: MAX_RECORDS,
        records: records.length,
      },
    );
  }
  return records;
}
