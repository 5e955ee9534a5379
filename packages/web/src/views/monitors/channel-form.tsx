import { type FormEvent, useState } from "react";
import { ApiError } from "../../api/api-error";
import {
  CHANNEL_FIELDS,
  CHANNEL_TYPES,
  type ChannelValues,
  channelBody,
  channelErrorsOf,
} from "./channel-fields";
import { useCreateChannel } from "./channel-queries";
import { FormField } from "./form-field";
import type { Channel, ChannelType } from "./monitor-types";

/** A new notification channel: its type's own settings (URL and secret, SMTP, routing key, Twilio). */
export function ChannelForm({
  onCreated,
  onCancel,
}: {
  readonly onCreated: (channel: Channel) => void;
  readonly onCancel: () => void;
}) {
  const create = useCreateChannel();
  const [name, setName] = useState("");
  const [type, setType] = useState<ChannelType>("webhook");
  const [values, setValues] = useState<ChannelValues>({});
  const [local, setLocal] = useState<Readonly<Record<string, string>>>({});
  const server =
    create.error instanceof ApiError && create.error.status === 400
      ? channelErrorsOf(create.error)
      : create.error
        ? { form: create.error instanceof Error ? create.error.message : String(create.error) }
        : {};
  const errors = { ...server, ...local };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = channelBody(name, type, values);
    setLocal(result.success ? {} : result.errors);
    if (result.success) create.mutate(result.data, { onSuccess: onCreated });
  };
  return (
    <form className="channel-form" onSubmit={submit} noValidate aria-label="New channel">
      <div className="fields">
        <FormField label="Channel name" error={errors.name}>
          {(c) => <input {...c} value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />}
        </FormField>
        <FormField label="Type">
          {(c) => (
            <select {...c} value={type} onChange={(e) => setType(e.target.value as ChannelType)}>
              {CHANNEL_TYPES.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {CHANNEL_FIELDS[type].map((f) =>
          f.kind === "checkbox" ? (
            <div className="field checkbox-field" key={`${type}-${f.key}`}>
              <label>
                <input
                  type="checkbox"
                  checked={values[f.key] === true}
                  onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.checked }))}
                />
                {f.label}
              </label>
            </div>
          ) : (
            <FormField
              key={`${type}-${f.key}`}
              label={`${f.label}${f.required ? "" : " (optional)"}`}
              error={errors[f.key]}
              hint={f.hint}
              className={f.kind === "url" || f.kind === "list" ? "span-2" : undefined}
            >
              {(c) => (
                <input
                  {...c}
                  type={f.kind === "password" ? "password" : f.kind === "url" ? "url" : "text"}
                  inputMode={f.kind === "number" ? "numeric" : undefined}
                  placeholder={f.placeholder}
                  autoComplete={f.kind === "password" ? "new-password" : "off"}
                  value={typeof values[f.key] === "string" ? (values[f.key] as string) : ""}
                  onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.value }))}
                />
              )}
            </FormField>
          ),
        )}
      </div>
      {errors.form !== undefined && (
        <p className="error-text" role="alert">
          {errors.form}
        </p>
      )}
      <p className="muted">Secrets are write-only: the server answers *** in their place from now on.</p>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create channel"}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
