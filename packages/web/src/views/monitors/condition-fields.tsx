import { formatMetric } from "../../format/format";
import { FormField } from "./form-field";
import type { FieldErrors, MonitorForm } from "./monitor-form-state";
import type { ConditionType } from "./monitor-types";

export const CONDITION_TYPES: readonly [ConditionType, string][] = [
  ["threshold", "Threshold"],
  ["outside", "Outside a band"],
  ["change", "Change"],
  ["anomaly", "Anomaly"],
  ["changepoint", "Change point"],
];

const OPS = [
  [">", ">"],
  ["<", "<"],
  [">=", "≥"],
  ["<=", "≤"],
] as const;

/** `= 50%` beside a raw number typed for a share metric, so 0.5 and 50% are never confused. */
function unitHint(metric: string, text: string): string | undefined {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value)) return undefined;
  const shown = formatMetric(metric, value);
  return shown === text.trim() ? undefined : `= ${shown}`;
}

export interface ConditionFieldsProps {
  readonly form: MonitorForm;
  readonly errors: FieldErrors;
  readonly set: (patch: Partial<MonitorForm>) => void;
}

/** The fields of the chosen condition type; the others keep their values while hidden. */
export function ConditionFields({ form, errors, set }: ConditionFieldsProps) {
  const op = (
    <FormField label="Comparison" error={errors.op}>
      {(c) => (
        <select {...c} value={form.op} onChange={(e) => set({ op: e.target.value as MonitorForm["op"] })}>
          {OPS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
  const number = (
    key: "value" | "low" | "high" | "percent" | "sensitivity",
    label: string,
    hint?: string,
  ) => (
    <FormField label={label} error={errors[key]} hint={hint ?? unitHint(form.metric, form[key])}>
      {(c) => (
        <input
          {...c}
          inputMode="decimal"
          value={form[key]}
          onChange={(e) => set({ [key]: e.target.value })}
          autoComplete="off"
        />
      )}
    </FormField>
  );
  const history = (
    <FormField label="History" error={errors.history} hint="past windows the detector learns from">
      {(c) => <input {...c} value={form.history} onChange={(e) => set({ history: e.target.value })} />}
    </FormField>
  );
  switch (form.conditionType) {
    case "threshold":
      return (
        <>
          {op}
          {number("value", "Value")}
        </>
      );
    case "outside":
      return (
        <>
          {number("low", "Low")}
          {number("high", "High")}
        </>
      );
    case "change":
      return (
        <>
          <FormField label="Against" error={errors.vs}>
            {(c) => (
              <select
                {...c}
                value={form.vs}
                onChange={(e) => set({ vs: e.target.value as MonitorForm["vs"] })}
              >
                <option value="previous">the previous window</option>
                <option value="reference">the version's benchmark</option>
              </select>
            )}
          </FormField>
          {op}
          {number("percent", "Change (%)", "signed: −10 with < is a fall of more than 10%")}
        </>
      );
    case "anomaly":
      return (
        <>
          <FormField label="Method" error={errors.method}>
            {(c) => (
              <select
                {...c}
                value={form.anomalyMethod}
                onChange={(e) => set({ anomalyMethod: e.target.value as MonitorForm["anomalyMethod"] })}
              >
                <option value="mad">Median and MAD (robust z)</option>
                <option value="ewma">EWMA control limits</option>
                <option value="seasonal">Seasonal (same time of day or week)</option>
              </select>
            )}
          </FormField>
          {form.anomalyMethod === "seasonal" && (
            <FormField label="Season" error={errors.season}>
              {(c) => (
                <select
                  {...c}
                  value={form.season}
                  onChange={(e) => set({ season: e.target.value as MonitorForm["season"] })}
                >
                  <option value="day">day</option>
                  <option value="week">week</option>
                </select>
              )}
            </FormField>
          )}
          {number("sensitivity", "Sensitivity", "default 3.5")}
          {history}
        </>
      );
    case "changepoint":
      return (
        <>
          <FormField label="Method" error={errors.method}>
            {(c) => (
              <select
                {...c}
                value={form.changepointMethod}
                onChange={(e) =>
                  set({ changepointMethod: e.target.value as MonitorForm["changepointMethod"] })
                }
              >
                <option value="cusum">CUSUM</option>
                <option value="pagehinkley">Page–Hinkley</option>
              </select>
            )}
          </FormField>
          {number("sensitivity", "Sensitivity (σ)", "default 10")}
          {history}
        </>
      );
  }
}
