import {
  ADULT_FEATURES,
  ADULT_NEGATIVE,
  ADULT_NUMERICAL,
  ADULT_POSITIVE,
  type AdultIncome,
  type AdultRecord,
} from "./adult-record.js";

const NUMERICAL = new Set<string>(ADULT_NUMERICAL);
const COLUMNS = ADULT_FEATURES.length + 1;

function income(raw: string, line: number): AdultIncome {
  // The test split writes `<=50K.`; the training split `<=50K`.
  const value = raw.endsWith(".") ? raw.slice(0, -1) : raw;
  if (value === ADULT_POSITIVE || value === ADULT_NEGATIVE) return value;
  throw new Error(`line ${line}: income is ${JSON.stringify(raw)}, expected >50K or <=50K`);
}

/**
 * Parses either Adult file (the CSV with a header, or UCI's `adult.test` with its `|` banner and no header):
 * values are trimmed, `?` becomes null, labels lose their trailing dot; a malformed line throws naming it.
 */
export function parseAdultCsv(text: string): AdultRecord[] {
  const records: AdultRecord[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "" || line.startsWith("|")) continue;
    const fields = line.split(",").map((f) => f.trim());
    if (fields[0] === "age") continue; // the header
    if (fields.length !== COLUMNS) {
      throw new Error(`line ${i + 1}: ${fields.length} fields, expected ${COLUMNS}`);
    }
    const record: Record<string, number | string | null> = {};
    ADULT_FEATURES.forEach((name, j) => {
      const raw = fields[j]!;
      if (raw === "?" || raw === "") {
        record[name] = null;
      } else if (NUMERICAL.has(name)) {
        const value = Number(raw);
        if (!Number.isFinite(value))
          throw new Error(`line ${i + 1}: ${name} is ${JSON.stringify(raw)}, expected a number`);
        record[name] = value;
      } else {
        record[name] = raw;
      }
    });
    record.income = income(fields[COLUMNS - 1]!, i + 1);
    records.push(record as AdultRecord);
  }
  return records;
}
