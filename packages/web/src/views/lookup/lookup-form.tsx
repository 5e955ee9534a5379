import { type FormEvent, useEffect, useId, useState } from "react";

/** The id box; submitting puts the id in the URL (`id=`), so a looked-up prediction is a link. */
export function LookupForm({
  id,
  onLookup,
}: {
  readonly id: string | undefined;
  readonly onLookup: (id: string) => void;
}) {
  const inputId = useId();
  const [text, setText] = useState(id ?? "");
  useEffect(() => setText(id ?? ""), [id]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onLookup(text.trim());
  };
  return (
    <form className="form lookup-form" onSubmit={submit}>
      <div className="row">
        <label htmlFor={inputId}>
          Prediction id
          <input
            id={inputId}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="the id your service sent, e.g. adult-000042"
            autoComplete="off"
            spellCheck={false}
            maxLength={256}
          />
        </label>
        <button type="submit" className="primary">
          Look up
        </button>
      </div>
    </form>
  );
}
