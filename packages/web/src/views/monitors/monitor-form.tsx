import { type FormEvent, useId, useMemo, useState } from "react";
import type { AliasInfo, ModelInfo, VersionInfo } from "../../api/types";
import { useBusinessMetrics } from "../performance/business-metrics-queries";
import { CONDITION_TYPES, ConditionFields } from "./condition-fields";
import { FormField } from "./form-field";
import { metricOptions } from "./metric-options";
import { type FieldErrors, type MonitorForm, monitorBody } from "./monitor-form-state";
import type { Channel, MonitorBody } from "./monitor-types";

export interface MonitorFormProps {
  readonly model: ModelInfo;
  readonly versions: readonly VersionInfo[];
  readonly aliases: readonly AliasInfo[];
  readonly channels: readonly Channel[];
  readonly initial: MonitorForm;
  readonly submitLabel: string;
  readonly busy: boolean;
  /** What the server objected to, by field (see fieldErrorsOf). */
  readonly serverErrors: FieldErrors;
  readonly onSubmit: (body: MonitorBody) => void;
  readonly onBacktest: (body: MonitorBody) => void;
  readonly backtesting: boolean;
  readonly onCancel: () => void;
}

/** Creates or edits a monitor: metric, condition, window and schedule, scope, severity and channels. */
export function MonitorFormFields(props: MonitorFormProps) {
  const { model, versions, aliases, channels, serverErrors } = props;
  const id = useId();
  const [form, setForm] = useState(props.initial);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  // Business metrics join the choices once their definitions load; the rest never waits for them.
  const business = useBusinessMetrics(model.name).data?.metrics;
  const groups = useMemo(() => metricOptions(model, business), [model, business]);
  const known = groups.some((g) => g.options.some((o) => o.value === form.metric));
  const errors: FieldErrors = { ...serverErrors, ...localErrors };
  const set = (patch: Partial<MonitorForm>) => setForm((f) => ({ ...f, ...patch }));
  const read = (): MonitorBody | null => {
    const result = monitorBody(form);
    setLocalErrors(result.success ? {} : result.errors);
    return result.success ? result.data : null;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = read();
    if (body !== null) props.onSubmit(body);
  };
  const toggleChannel = (id: string, on: boolean) =>
    set({ channels: on ? [...form.channels, id] : form.channels.filter((c) => c !== id) });

  return (
    <form className="monitor-form" onSubmit={submit} noValidate aria-label="Monitor">
      <div className="fields">
        <FormField label="Name" error={errors.name} className="span-2">
          {(c) => (
            <input {...c} value={form.name} onChange={(e) => set({ name: e.target.value })} maxLength={200} />
          )}
        </FormField>
        <FormField label="Metric" error={errors.metric} className="span-2">
          {(c) => (
            <select {...c} value={form.metric} onChange={(e) => set({ metric: e.target.value })}>
              {!known && <option value={form.metric}>{form.metric}</option>}
              {groups.map((g) => (
                <optgroup key={g.label} label={g.label}>
                  {g.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <fieldset className="fields">
        <legend>Condition</legend>
        <FormField label="Type" error={errors.condition}>
          {(c) => (
            <select
              {...c}
              value={form.conditionType}
              onChange={(e) => set({ conditionType: e.target.value as MonitorForm["conditionType"] })}
            >
              {CONDITION_TYPES.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <ConditionFields form={form} errors={errors} set={set} />
      </fieldset>
      <fieldset className="fields">
        <legend>Schedule</legend>
        <FormField label="Window" error={errors.window} hint="rows of the last…">
          {(c) => <input {...c} value={form.window} onChange={(e) => set({ window: e.target.value })} />}
        </FormField>
        <FormField label="Every" error={errors.every} hint="evaluated every…">
          {(c) => <input {...c} value={form.every} onChange={(e) => set({ every: e.target.value })} />}
        </FormField>
        <FormField label="For" error={errors.for} hint="breaching this long before it fires">
          {(c) => <input {...c} value={form.for} onChange={(e) => set({ for: e.target.value })} />}
        </FormField>
        <FormField label="Minimum rows" error={errors.minCount} hint="labelled rows for performance">
          {(c) => (
            <input
              {...c}
              inputMode="numeric"
              value={form.minCount}
              onChange={(e) => set({ minCount: e.target.value })}
            />
          )}
        </FormField>
        <FormField label="Without data" error={errors.noData}>
          {(c) => (
            <select
              {...c}
              value={form.noData}
              onChange={(e) => set({ noData: e.target.value as MonitorForm["noData"] })}
            >
              <option value="ok">counts as ok</option>
              <option value="alerting">counts as a breach</option>
              <option value="keep">changes nothing</option>
            </select>
          )}
        </FormField>
      </fieldset>
      <fieldset className="fields">
        <legend>Scope and routing</legend>
        <FormField label="Version" error={errors.version}>
          {(c) => (
            <select {...c} value={form.version} onChange={(e) => set({ version: e.target.value })}>
              <option value="">All versions</option>
              {aliases.length > 0 && (
                <optgroup label="Aliases (followed as they move)">
                  {aliases.map((a) => (
                    <option key={a.alias} value={a.alias}>
                      {a.alias} → {a.version}
                    </option>
                  ))}
                </optgroup>
              )}
              <optgroup label="Versions">
                {versions.map((v) => (
                  <option key={v.version} value={v.version}>
                    {v.version}
                  </option>
                ))}
              </optgroup>
            </select>
          )}
        </FormField>
        {model.segments.length > 0 && (
          <>
            <FormField label="Segment column" error={errors.segment}>
              {(c) => (
                <select
                  {...c}
                  value={form.segmentColumn}
                  onChange={(e) => set({ segmentColumn: e.target.value })}
                >
                  {model.segments.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField label="Segment value" hint="empty: every segment">
              {(c) => (
                <input
                  {...c}
                  value={form.segmentValue}
                  onChange={(e) => set({ segmentValue: e.target.value })}
                />
              )}
            </FormField>
          </>
        )}
        <FormField label="Severity" error={errors.severity}>
          {(c) => (
            <select
              {...c}
              value={form.severity}
              onChange={(e) => set({ severity: e.target.value as MonitorForm["severity"] })}
            >
              <option value="warning">warning</option>
              <option value="critical">critical</option>
            </select>
          )}
        </FormField>
        <div className="field checkbox-field">
          <label>
            <input
              type="checkbox"
              checked={form.enabled}
              onChange={(e) => set({ enabled: e.target.checked })}
            />
            Enabled
          </label>
        </div>
        <fieldset
          className="channel-choice span-all"
          aria-describedby={errors.channels ? `${id}-channels-error` : undefined}
        >
          <legend>Channels</legend>
          {channels.length === 0 ? (
            <span className="muted">No channels yet: create one below to be notified.</span>
          ) : (
            channels.map((ch) => (
              <label key={ch.id}>
                <input
                  type="checkbox"
                  checked={form.channels.includes(ch.id)}
                  onChange={(e) => toggleChannel(ch.id, e.target.checked)}
                />
                {ch.name} <span className="muted">({ch.type})</span>
              </label>
            ))
          )}
          {errors.channels !== undefined && (
            <span id={`${id}-channels-error`} className="error-text" role="alert">
              {errors.channels}
            </span>
          )}
        </fieldset>
      </fieldset>
      {errors.form !== undefined && (
        <p className="error-text" role="alert">
          {errors.form}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={props.busy}>
          {props.busy ? "Saving…" : props.submitLabel}
        </button>
        <button
          type="button"
          disabled={props.backtesting}
          onClick={() => {
            const body = read();
            if (body !== null) props.onBacktest(body);
          }}
        >
          {props.backtesting ? "Backtesting…" : "Backtest over the past week"}
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
