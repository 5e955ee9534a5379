import { durationMs } from "./duration-ms";
import type {
  AnomalyMethod,
  ChangepointMethod,
  Comparison,
  Condition,
  ConditionType,
  Monitor,
  MonitorBody,
  NoData,
  Severity,
} from "./monitor-types";

/** The monitor form's fields as typed text; `monitorBody` reads them into the request body. */
export interface MonitorForm {
  readonly name: string;
  readonly metric: string;
  readonly conditionType: ConditionType;
  readonly op: Comparison;
  readonly value: string;
  readonly low: string;
  readonly high: string;
  readonly vs: "previous" | "reference";
  readonly percent: string;
  readonly anomalyMethod: AnomalyMethod;
  readonly changepointMethod: ChangepointMethod;
  /** Empty: the detector's default. */
  readonly sensitivity: string;
  readonly season: "day" | "week";
  readonly history: string;
  readonly window: string;
  readonly every: string;
  readonly for: string;
  readonly minCount: string;
  readonly severity: Severity;
  readonly noData: NoData;
  /** Empty: all versions. */
  readonly version: string;
  readonly segmentColumn: string;
  /** Empty: no segment filter. */
  readonly segmentValue: string;
  readonly channels: readonly string[];
  readonly enabled: boolean;
}

/** Field name → what is wrong with it; `form` holds what names no field. */
export type FieldErrors = Readonly<Record<string, string>>;

export type FormResult =
  | { readonly success: true; readonly data: MonitorBody }
  | { readonly success: false; readonly errors: FieldErrors };

/** A new monitor's fields: the server's defaults, with the first segment column preselected. */
export function newMonitorForm(segments: readonly string[] = []): MonitorForm {
  return {
    name: "",
    metric: "accuracy",
    conditionType: "threshold",
    op: "<",
    value: "",
    low: "",
    high: "",
    vs: "previous",
    percent: "-10",
    anomalyMethod: "mad",
    changepointMethod: "cusum",
    sensitivity: "",
    season: "day",
    history: "7d",
    window: "1h",
    every: "5m",
    for: "0m",
    minCount: "100",
    severity: "warning",
    noData: "ok",
    version: "",
    segmentColumn: segments[0] ?? "",
    segmentValue: "",
    channels: [],
    enabled: true,
  };
}

/** A saved monitor's fields, for editing; condition fields of the other types keep their defaults. */
export function formFromMonitor(monitor: Monitor, segments: readonly string[] = []): MonitorForm {
  const base = newMonitorForm(segments);
  const c = monitor.condition;
  const colon = monitor.segment?.indexOf(":") ?? -1;
  return {
    ...base,
    name: monitor.name,
    metric: monitor.metric,
    conditionType: c.type,
    ...(c.type === "threshold" ? { op: c.op, value: String(c.value) } : {}),
    ...(c.type === "outside" ? { low: String(c.low), high: String(c.high) } : {}),
    ...(c.type === "change" ? { vs: c.vs, op: c.op, percent: String(c.percent) } : {}),
    ...(c.type === "anomaly"
      ? { anomalyMethod: c.method, season: c.season ?? "day", history: c.history ?? "7d" }
      : {}),
    ...(c.type === "changepoint" ? { changepointMethod: c.method, history: c.history ?? "7d" } : {}),
    ...((c.type === "anomaly" || c.type === "changepoint") && c.sensitivity !== undefined
      ? { sensitivity: String(c.sensitivity) }
      : {}),
    window: monitor.window,
    every: monitor.every,
    for: monitor.for,
    minCount: String(monitor.minCount),
    severity: monitor.severity,
    noData: monitor.noData,
    version: monitor.version ?? "",
    ...(monitor.segment !== null && colon > 0
      ? {
          segmentColumn: monitor.segment.slice(0, colon),
          segmentValue: monitor.segment.slice(colon + 1),
        }
      : {}),
    channels: [...monitor.channels],
    enabled: monitor.enabled,
  };
}

/** Reads the form into the API's body, or says which fields cannot be read (the server checks the rest). */
export function monitorBody(form: MonitorForm): FormResult {
  const errors: Record<string, string> = {};
  const number = (field: keyof MonitorForm, text: string): number => {
    const trimmed = text.trim();
    const value = trimmed === "" ? Number.NaN : Number(trimmed);
    if (!Number.isFinite(value)) errors[field] = "a number";
    return value;
  };
  const duration = (field: keyof MonitorForm, text: string): string => {
    const trimmed = text.trim();
    if (durationMs(trimmed) === null) errors[field] = "a duration such as 30s, 5m, 1h or 7d";
    return trimmed;
  };
  const sensitivity = () => {
    if (form.sensitivity.trim() === "") return {};
    const value = number("sensitivity", form.sensitivity);
    if (Number.isFinite(value) && value <= 0) errors.sensitivity = "a positive number";
    return { sensitivity: value };
  };

  const name = form.name.trim();
  if (name === "") errors.name = "Name the monitor.";
  if (form.metric.trim() === "") errors.metric = "Pick a metric.";
  let condition: Condition;
  switch (form.conditionType) {
    case "threshold":
      condition = { type: "threshold", op: form.op, value: number("value", form.value) };
      break;
    case "outside": {
      const low = number("low", form.low);
      const high = number("high", form.high);
      if (Number.isFinite(low) && Number.isFinite(high) && low >= high) errors.low = "low must be below high";
      condition = { type: "outside", low, high };
      break;
    }
    case "change":
      condition = { type: "change", vs: form.vs, op: form.op, percent: number("percent", form.percent) };
      break;
    case "anomaly":
      condition = {
        type: "anomaly",
        method: form.anomalyMethod,
        ...sensitivity(),
        ...(form.anomalyMethod === "seasonal" ? { season: form.season } : {}),
        history: duration("history", form.history),
      };
      break;
    case "changepoint":
      condition = {
        type: "changepoint",
        method: form.changepointMethod,
        ...sensitivity(),
        history: duration("history", form.history),
      };
      break;
  }
  const minCount = number("minCount", form.minCount);
  if (Number.isFinite(minCount) && (!Number.isInteger(minCount) || minCount < 0))
    errors.minCount = "a whole number ≥ 0";
  const segmentValue = form.segmentValue.trim();
  if (segmentValue !== "" && form.segmentColumn === "") errors.segment = "Pick the segment column.";
  const body: MonitorBody = {
    name,
    metric: form.metric.trim(),
    version: form.version === "" ? null : form.version,
    segment: segmentValue === "" ? null : `${form.segmentColumn}:${segmentValue}`,
    window: duration("window", form.window),
    every: duration("every", form.every),
    condition,
    for: duration("for", form.for),
    minCount,
    severity: form.severity,
    noData: form.noData,
    channels: [...form.channels],
    enabled: form.enabled,
  };
  return Object.keys(errors).length > 0 ? { success: false, errors } : { success: true, data: body };
}

/** Field names the form shows errors beside; a condition's own fields are named without `condition.`. */
const FIELDS = new Set([
  "name",
  "metric",
  "version",
  "segment",
  "window",
  "every",
  "for",
  "minCount",
  "severity",
  "noData",
  "channels",
  "condition",
  "value",
  "low",
  "high",
  "percent",
  "sensitivity",
  "history",
  "season",
  "op",
  "vs",
  "method",
]);

/** `body.monitor.condition.value` → `value`; `body.window` → `window`; unknown paths → null. */
function fieldOfPath(path: string): string | null {
  const parts = path.split(".").filter((p) => p !== "body" && p !== "monitor");
  const [first, second] = parts;
  if (first === undefined) return null;
  if (first === "condition" && second !== undefined && FIELDS.has(second)) return second;
  return FIELDS.has(first) ? first : null;
}

/**
 * What a rejected create, change or backtest says about each field: zod's issues (400, `details.issues[].path`),
 * a metric the model does not have (422, `details.metric`), or a message that starts with the field's name
 * (`segment: …`, `channels: …`, `condition.history holds …`). The rest goes under `form`.
 */
export function fieldErrorsOf(error: {
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
}): FieldErrors {
  const errors: Record<string, string> = {};
  const issues = error.details?.issues;
  if (Array.isArray(issues)) {
    for (const issue of issues as { path?: unknown; message?: unknown }[]) {
      const field = typeof issue.path === "string" ? fieldOfPath(issue.path) : null;
      const message = typeof issue.message === "string" ? issue.message : error.message;
      if (field !== null) errors[field] ??= message;
      else errors.form ??= `${String(issue.path ?? "")}: ${message}`;
    }
    if (Object.keys(errors).length > 0) return errors;
  }
  if (typeof error.details?.metric === "string") return { metric: error.message };
  const prefix = /^([\w.]+)(?::| holds)/.exec(error.message)?.[1];
  const field = prefix === undefined ? null : fieldOfPath(prefix);
  return field === null ? { form: error.message } : { [field]: error.message };
}
