import { parseArgs } from "node:util";
import {
  type BinStrategy,
  type BusinessMetricDefinition,
  type CheckSpec,
  DEFAULT_DRIFT_SHARE,
  driftMethodNames,
  isDriftMethodName,
  type ReportOptions,
  type Task,
} from "@telltale/core";

export interface ReportFlags {
  readonly reference: string;
  readonly current: string;
  readonly json?: string;
  readonly html?: string;
  readonly options: ReportOptions;
  readonly checks: readonly CheckSpec[];
  readonly failOnDrift: boolean;
  readonly help: boolean;
  /** `--business FILE.json`: business metric definitions to read. */
  readonly businessFile?: string;
}

export type ParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: string };

/** One row per flag: the help text and `parseArgs` config come from this table. */
export const REPORT_FLAGS = [
  [
    "reference",
    "string",
    "FILE",
    "the baseline: training or validation data (CSV, JSON Lines, Parquet)",
    "required",
  ],
  ["current", "string", "FILE", "the data to compare: a production sample", "required"],
  ["json", "string", "FILE", "write the report as JSON (schemaVersion 1)", "none: print a summary"],
  ["html", "string", "FILE", "write a self-contained HTML report", "none"],
  ["target", "string", "COL", "ground-truth column", "none: no performance metrics"],
  [
    "prediction",
    "string",
    "COL",
    "predicted label (classification) or value (regression)",
    "none: from scores",
  ],
  ["score", "string", "COL", "binary: probability of the positive class", "none"],
  [
    "score-columns",
    "string",
    "A,B,C",
    "one probability column per class, named by class or in label order",
    "none",
  ],
  ["task", "string", "TASK", "binary | multiclass | regression", "from the target's kind and labels"],
  ["positive-label", "string", "V", "positive class of a binary task", "1/true/yes, else the last label"],
  ["sensitive", "string", "COL[,COL]", "sensitive attributes for fairness metrics (binary tasks)", "none"],
  [
    "privileged",
    "string",
    "COL=VALUE",
    "privileged group of a sensitive column (repeatable)",
    "none: min/max ratios",
  ],
  ["numerical", "string", "A,B", "treat these columns as numerical", "inferred"],
  ["categorical", "string", "C,D", "treat these columns as categorical", "inferred"],
  ["ignore", "string", "E,F", "leave these columns out", "none"],
  [
    "drift-method",
    "string",
    "METHOD",
    `one method wherever it applies: ${driftMethodNames.join(", ")}`,
    "reference ≤ 1000 values: ks, chisquare or z; else wasserstein or jensenshannon",
  ],
  [
    "drift-threshold",
    "string",
    "X",
    "threshold for every column's method",
    "0.05 for tests, 0.1 for distances",
  ],
  [
    "drift-share",
    "string",
    "X",
    "dataset drift when this share of features drifted",
    String(DEFAULT_DRIFT_SHARE),
  ],
  [
    "bins",
    "string",
    "SPEC",
    "bins for psi, kl, jensenshannon, hellinger: sturges | quantile:N",
    "sturges; one bin per value when ≤ 20 reference values",
  ],
  [
    "cost",
    "string",
    "Q=W[,Q=W]",
    "a business metric `cost` = Σ weight × quantity, e.g. fn=50,fp=2 (quantities: tp fp tn fn count labelled …)",
    "none",
  ],
  ["business", "string", "FILE.json", "business metrics: [{name, expression, unit?, better?}]", "none"],
  ["min", "string", "PATH=VALUE", "fail unless the JSON value at PATH ≥ VALUE (repeatable)", "none"],
  ["max", "string", "PATH=VALUE", "fail unless the JSON value at PATH ≤ VALUE (repeatable)", "none"],
  ["fail-on-drift", "boolean", "", "fail when dataset drift is detected", "off"],
  ["help", "boolean", "", "show this help", "off"],
] as const;

const MULTIPLE = new Set(["privileged", "min", "max"]);

export function reportHelp(): string {
  const lines = REPORT_FLAGS.map(([name, , arg, text, def]) => {
    const left = `  --${name}${arg ? ` ${arg}` : ""}`;
    const suffix = def === "required" ? " (required)" : ` (default: ${def})`;
    return `${left.padEnd(32)}${text}${suffix}`;
  });
  return [
    "Usage: telltale report --reference REF --current CUR [options]",
    "",
    "Compares two datasets: drift per column, data quality, classification or regression metrics and",
    "fairness. Prints a summary, or writes --json/--html. Exit 0 when all checks pass, 1 when one fails,",
    "2 on bad input.",
    "",
    "Options:",
    ...lines,
    "",
    "Example:",
    "  telltale report --reference train.csv --current prod.parquet --target label --prediction pred \\",
    "    --max drift.share=0.3 --min classification.current.f1=0.7 --json report.json --html report.html",
  ].join("\n");
}

function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** `fn=50,fp=2` as the business metric `cost = 50 * fn + 2 * fp`, better lower; names are checked with the report. */
function parseCost(raw: string | undefined): BusinessMetricDefinition | string | undefined {
  if (raw === undefined) return undefined;
  const terms: string[] = [];
  for (const part of raw
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "")) {
    const match = /^([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)$/.exec(part);
    if (!match) return `--cost expects QUANTITY=WEIGHT[,QUANTITY=WEIGHT], e.g. fn=50,fp=2; got '${part}'`;
    terms.push(`${match[2]} * ${match[1]}`);
  }
  if (terms.length === 0) return "--cost expects QUANTITY=WEIGHT[,QUANTITY=WEIGHT], e.g. fn=50,fp=2";
  return { name: "cost", expression: terms.join(" + "), better: "lower" };
}

function parseNumber(
  flag: string,
  raw: string | undefined,
  min: number,
  max: number,
): number | string | undefined {
  if (raw === undefined) return undefined;
  const v = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(v) || v < min || v > max) {
    return `--${flag} expects a number between ${min} and ${max}, got '${raw}'`;
  }
  return v;
}

function parseCheck(op: "min" | "max", raw: string): CheckSpec | string {
  const at = raw.lastIndexOf("=");
  const path = raw.slice(0, at).trim();
  const limit = Number(raw.slice(at + 1));
  if (at <= 0 || path === "" || raw.slice(at + 1).trim() === "" || !Number.isFinite(limit)) {
    return `--${op} expects PATH=NUMBER (e.g. drift.share=0.3), got '${raw}'`;
  }
  return { path, op, limit };
}

function parseBins(raw: string | undefined): BinStrategy | string {
  if (raw === undefined || raw === "sturges") return { type: "sturges" };
  const m = /^quantile:(\d+)$/.exec(raw);
  if (m && Number(m[1]) >= 2 && Number(m[1]) <= 1000) return { type: "quantile", bins: Number(m[1]) };
  return `--bins expects sturges or quantile:N with 2 ≤ N ≤ 1000, got '${raw}'`;
}

/** Parses `telltale report` arguments into options; every mistake comes back as one readable line. */
export function parseReportFlags(args: readonly string[]): ParseResult<ReportFlags> {
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    const options = Object.fromEntries(
      REPORT_FLAGS.map(([name, type]) => [name, { type, ...(MULTIPLE.has(name) ? { multiple: true } : {}) }]),
    );
    values = parseArgs({ args: [...args], options, allowPositionals: false, strict: true })
      .values as typeof values;
  } catch (error) {
    return { success: false, error: (error as Error).message.split("\n")[0] ?? "bad arguments" };
  }
  const str = (name: string) => values[name] as string | undefined;
  const many = (name: string) => (values[name] as string[] | undefined) ?? [];
  if (values.help) {
    return {
      success: true,
      data: { reference: "", current: "", options: {}, checks: [], failOnDrift: false, help: true },
    };
  }
  const reference = str("reference");
  const current = str("current");
  if (!reference || !current)
    return { success: false, error: "--reference FILE and --current FILE are required" };

  const task = str("task");
  if (task !== undefined && !["binary", "multiclass", "regression"].includes(task)) {
    return { success: false, error: `--task expects binary, multiclass or regression, got '${task}'` };
  }
  const method = str("drift-method");
  if (method !== undefined && !isDriftMethodName(method)) {
    return {
      success: false,
      error: `--drift-method expects one of ${driftMethodNames.join(", ")}, got '${method}'`,
    };
  }
  const threshold = parseNumber("drift-threshold", str("drift-threshold"), 0, Number.MAX_VALUE);
  if (typeof threshold === "string") return { success: false, error: threshold };
  const share = parseNumber("drift-share", str("drift-share"), 0, 1);
  if (typeof share === "string") return { success: false, error: share };
  const bins = parseBins(str("bins"));
  if (typeof bins === "string") return { success: false, error: bins };
  if (str("score") !== undefined && str("score-columns") !== undefined) {
    return { success: false, error: "give either --score or --score-columns, not both" };
  }

  const privileged: Record<string, string> = {};
  for (const raw of many("privileged")) {
    const at = raw.indexOf("=");
    if (at <= 0) return { success: false, error: `--privileged expects COL=VALUE, got '${raw}'` };
    privileged[raw.slice(0, at)] = raw.slice(at + 1);
  }
  const cost = parseCost(str("cost"));
  if (typeof cost === "string") return { success: false, error: cost };
  const checks: CheckSpec[] = [];
  for (const op of ["min", "max"] as const) {
    for (const raw of many(op)) {
      const check = parseCheck(op, raw);
      if (typeof check === "string") return { success: false, error: check };
      checks.push(check);
    }
  }

  const optional = <K extends string, V>(key: K, value: V | undefined) =>
    (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
  const options: ReportOptions = {
    ...optional("target", str("target")),
    ...optional("prediction", str("prediction")),
    ...optional("score", str("score")),
    ...optional("scoreColumns", list(str("score-columns"))),
    ...optional("task", task as Task | undefined),
    ...optional("positiveLabel", str("positive-label")),
    ...optional("sensitive", list(str("sensitive"))),
    ...(Object.keys(privileged).length > 0 ? { privileged } : {}),
    ...optional("numerical", list(str("numerical"))),
    ...optional("categorical", list(str("categorical"))),
    ...optional("ignore", list(str("ignore"))),
    ...(method !== undefined && isDriftMethodName(method) ? { driftMethod: method } : {}),
    ...optional("driftThreshold", threshold),
    ...optional("driftShare", share),
    bins,
    ...(cost ? { business: [cost] } : {}),
  };
  return {
    success: true,
    data: {
      reference,
      current,
      ...optional("json", str("json")),
      ...optional("html", str("html")),
      options,
      checks,
      failOnDrift: values["fail-on-drift"] === true,
      help: false,
      ...optional("businessFile", str("business")),
    },
  };
}
