import { type FormEvent, type RefObject, useEffect, useId, useRef, useState } from "react";
import type { AliasInfo, VersionInfo } from "../../api/types";
import { ErrorState, Panel } from "../../components/panel";
import { type AliasMove, aliasNameProblem, describeMove } from "./alias-move";
import { useMoveAlias } from "./version-queries";

export interface MoveAliasPanelProps {
  readonly model: string;
  readonly aliases: readonly AliasInfo[];
  readonly versions: readonly VersionInfo[];
  /** The target version, set here or by a version's "Point an alias here…". */
  readonly version: string | undefined;
  readonly onVersion: (version: string) => void;
  readonly aliasInput: RefObject<HTMLInputElement | null>;
  /** After a move: the view shows that alias's history. */
  readonly onMoved: (alias: string) => void;
}

/**
 * Points an alias at a version, creating it when new; a rollback is moving `champion` back. Nothing changes before
 * the confirmation step says what will happen and is accepted.
 */
export function MoveAliasPanel({
  model,
  aliases,
  versions,
  version,
  onVersion,
  aliasInput,
  onMoved,
}: MoveAliasPanelProps) {
  const id = useId();
  const [alias, setAlias] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<{ alias: string; version: string; move: AliasMove } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const move = useMoveAlias(model);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (pending !== null) confirmButton.current?.focus();
  }, [pending]);

  const target = version ?? "";
  const reset = () => {
    setPending(null);
    setDone(null);
    setProblem(null);
    move.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = alias.trim();
    const nameProblem = aliasNameProblem(name);
    if (nameProblem !== null) return setProblem(nameProblem);
    if (target === "") return setProblem("Choose the version the alias should point at.");
    setProblem(null);
    setDone(null);
    setPending({ alias: name, version: target, move: describeMove(aliases, name, target) });
  };
  const confirm = () => {
    if (pending === null) return;
    move.mutate(
      { alias: pending.alias, version: pending.version },
      {
        onSuccess: () => {
          setDone(`${pending.alias} now points at ${pending.version}.`);
          setPending(null);
          onMoved(pending.alias);
        },
      },
    );
  };

  return (
    <Panel title="Point an alias at a version" testId="alias-move">
      <p className="muted">
        Moving an alias is how a rollback or a promotion happens: every caller that resolves the alias gets
        the new version. Each move is recorded in the alias's history.
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <div className="row">
          <label htmlFor={`${id}-alias`}>
            Alias
            <input
              id={`${id}-alias`}
              ref={aliasInput}
              list={`${id}-names`}
              value={alias}
              autoComplete="off"
              spellCheck={false}
              aria-describedby={problem !== null ? `${id}-problem` : undefined}
              aria-invalid={problem !== null}
              onChange={(e) => {
                setAlias(e.target.value);
                reset();
              }}
            />
            <datalist id={`${id}-names`}>
              {aliases.map((a) => (
                <option key={a.alias} value={a.alias} />
              ))}
            </datalist>
          </label>
          <label htmlFor={`${id}-version`}>
            Target version
            <select
              id={`${id}-version`}
              value={target}
              onChange={(e) => {
                onVersion(e.target.value);
                reset();
              }}
            >
              <option value="" disabled>
                choose…
              </option>
              {versions.map((v) => (
                <option key={v.version} value={v.version}>
                  {v.version}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={move.isPending}>
            Point alias…
          </button>
        </div>
        {problem !== null && (
          <div id={`${id}-problem`} className="error-text" role="alert">
            {problem}
          </div>
        )}
      </form>
      {pending !== null && (
        <fieldset className="confirm-move">
          <legend className="visually-hidden">Confirm the alias change</legend>
          <p>{pending.move.text}</p>
          <div className="row">
            {pending.move.kind === "unchanged" ? (
              <button type="button" ref={confirmButton} onClick={reset}>
                OK
              </button>
            ) : (
              <>
                <button
                  type="button"
                  className="primary"
                  ref={confirmButton}
                  onClick={confirm}
                  disabled={move.isPending}
                >
                  {pending.move.kind === "create" ? "Confirm: create" : "Confirm: move"} {pending.alias}
                </button>
                <button type="button" onClick={reset} disabled={move.isPending}>
                  Cancel
                </button>
              </>
            )}
          </div>
        </fieldset>
      )}
      {move.error ? <ErrorState error={move.error} /> : null}
      <p role="status" className="move-done">
        {done ?? ""}
      </p>
    </Panel>
  );
}
