import { useId } from "react";
import type { AliasInfo, ModelInfo, VersionInfo } from "../api/types";
import { formatTime } from "../format/format";
import { useViewState } from "../state/use-view-state";
import { DEFAULT_RANGE, INTERVALS, RANGES } from "../state/view-state";

/** `datetime-local` wants local time without a zone. */
function toLocalInput(ms: number): string {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

export interface WindowControlsProps {
  readonly model: ModelInfo;
  readonly versions: readonly VersionInfo[];
  readonly aliases: readonly AliasInfo[];
}

/** Time range, interval, version or alias, and segment: all written to the URL. */
export function WindowControls({ model, versions, aliases }: WindowControlsProps) {
  const { state, window, update } = useViewState();
  const id = useId();
  const custom = state.from !== undefined;
  const [segmentColumn, segmentValue] = state.segment?.split(/:(.*)/s) ?? [model.segments[0] ?? "", ""];
  return (
    <fieldset className="window-controls">
      <legend className="visually-hidden">Window</legend>
      <label htmlFor={`${id}-range`}>Range</label>
      <select
        id={`${id}-range`}
        value={custom ? "custom" : (state.range ?? DEFAULT_RANGE)}
        onChange={(e) =>
          e.target.value === "custom"
            ? update({ from: new Date(window.from).toISOString(), to: new Date(window.to).toISOString() })
            : update({ range: e.target.value })
        }
      >
        {Object.keys(RANGES).map((r) => (
          <option key={r} value={r}>
            Last {r}
          </option>
        ))}
        <option value="custom">Custom…</option>
      </select>
      {custom && (
        <>
          <label htmlFor={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            type="datetime-local"
            value={toLocalInput(window.from)}
            onChange={(e) =>
              e.target.value &&
              update({ from: new Date(e.target.value).toISOString(), to: new Date(window.to).toISOString() })
            }
          />
          <label htmlFor={`${id}-to`}>To</label>
          <input
            id={`${id}-to`}
            type="datetime-local"
            value={toLocalInput(window.to)}
            onChange={(e) =>
              e.target.value &&
              update({
                to: new Date(e.target.value).toISOString(),
                from: new Date(window.from).toISOString(),
              })
            }
          />
        </>
      )}
      <label htmlFor={`${id}-interval`}>Interval</label>
      <select
        id={`${id}-interval`}
        value={state.interval ?? ""}
        onChange={(e) => update({ interval: e.target.value || undefined })}
      >
        <option value="">Auto ({window.interval})</option>
        {Object.keys(INTERVALS).map((i) => (
          <option key={i} value={i}>
            {i}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-version`}>Version</label>
      <select
        id={`${id}-version`}
        value={state.version ?? ""}
        onChange={(e) => update({ version: e.target.value || undefined })}
      >
        <option value="">All versions</option>
        {aliases.length > 0 && (
          <optgroup label="Aliases">
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
      {model.segments.length > 0 && (
        <form
          className="segment-filter"
          onSubmit={(e) => {
            e.preventDefault();
            const data = new FormData(e.currentTarget);
            const column = String(data.get("column") ?? "");
            const value = String(data.get("value") ?? "").trim();
            update({ segment: value === "" ? undefined : `${column}:${value}` });
          }}
        >
          <label htmlFor={`${id}-segment`}>Segment</label>
          <select id={`${id}-segment`} name="column" defaultValue={segmentColumn}>
            {model.segments.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          <input
            name="value"
            aria-label="Segment value"
            placeholder="any value"
            defaultValue={segmentValue}
            key={state.segment ?? ""}
            size={10}
          />
          <button type="submit">Apply</button>
          {state.segment !== undefined && (
            <button type="button" className="link-button" onClick={() => update({ segment: undefined })}>
              Clear
            </button>
          )}
        </form>
      )}
      <span
        className="window-text"
        title={`${new Date(window.from).toISOString()} – ${new Date(window.to).toISOString()}`}
      >
        {formatTime(window.from)} – {window.live ? "now" : formatTime(window.to)}
      </span>
    </fieldset>
  );
}
