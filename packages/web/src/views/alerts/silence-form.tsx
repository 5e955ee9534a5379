import { type FormEvent, useId, useState } from "react";
import { formatTime } from "../../format/format";
import { useCreateSilence, useExpireSilence } from "./alert-queries";
import type { AlertRow } from "./alert-row";
import { SILENCE_DURATIONS, silenceBody } from "./alert-silence";
import { monitorName } from "./alerts-table";

/**
 * Silences the alert's monitor on its model for a while (the alert still changes state; only its notifications
 * are muted), or, when a silence already mutes it, shows it with a button to end it.
 */
export function SilenceControl({ row, now }: { readonly row: AlertRow; readonly now: number }) {
  const id = useId();
  const create = useCreateSilence();
  const expire = useExpireSilence();
  const [duration, setDuration] = useState<number>(SILENCE_DURATIONS[1][1]);
  const [comment, setComment] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const { alert, silence } = row;

  if (silence !== null)
    return (
      <div className="silence-state" data-testid="silence-state">
        <p>
          Silenced until <strong>{formatTime(silence.endsAt)}</strong>: “{silence.comment}”. Notifications of{" "}
          {monitorName(row)} are muted; the alert still changes state.
        </p>
        <button type="button" onClick={() => expire.mutate(silence.id)} disabled={expire.isPending}>
          {expire.isPending ? "Ending…" : "End silence now"}
        </button>
        {expire.error !== null && (
          <p className="error-text" role="alert">
            {expire.error.message}
          </p>
        )}
      </div>
    );
  if (alert.state === "resolved" || alert.state === "ok")
    return <p className="muted">This alert is over; silence its monitor from an open alert.</p>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (comment.trim() === "") {
      setProblem("Say why, for whoever sees the silence later.");
      return;
    }
    setProblem(null);
    create.mutate(silenceBody(alert, duration, comment, Date.now()), { onSuccess: () => setComment("") });
  };
  return (
    <form className="form silence-form" onSubmit={submit} noValidate aria-label="Silence this alert">
      <div className="row">
        <label htmlFor={`${id}-duration`}>
          For
          <select
            id={`${id}-duration`}
            value={duration}
            onChange={(e) => setDuration(Number(e.target.value))}
          >
            {SILENCE_DURATIONS.map(([label, ms]) => (
              <option key={label} value={ms}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={`${id}-comment`} className="grow">
          Comment
          <input
            id={`${id}-comment`}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            maxLength={2000}
            placeholder="why, and who is on it"
            aria-invalid={problem !== null || undefined}
            aria-describedby={problem !== null ? `${id}-problem` : undefined}
          />
        </label>
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? "Silencing…" : "Silence"}
        </button>
      </div>
      <p className="muted">
        Mutes notifications of “{monitorName(row)}” on {alert.model} until {formatTime(now + duration)}.
      </p>
      {problem !== null && (
        <p className="error-text" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
      {create.error !== null && (
        <p className="error-text" role="alert">
          Could not silence: {create.error.message}
        </p>
      )}
    </form>
  );
}
