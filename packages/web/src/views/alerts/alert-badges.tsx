import { Badge, type Tone } from "../../components/badge";
import { formatTime } from "../../format/format";
import type { AlertState, Silence } from "./alert-types";

const STATE_TONE: Readonly<Record<AlertState, Tone>> = {
  firing: "bad",
  pending: "warn",
  resolved: "good",
  ok: "neutral",
};

/** The state word itself carries the meaning; `ok` is a pending alert that cleared without firing. */
export function AlertStateBadge({ state }: { readonly state: AlertState }) {
  return <Badge tone={STATE_TONE[state]}>{state === "ok" ? "cleared" : state}</Badge>;
}

export function SilenceBadge({ silence }: { readonly silence: Silence | null }) {
  if (silence === null) return <span className="muted">—</span>;
  return (
    <span className="silenced" data-testid="silenced" title={`${silence.comment} (${silence.id})`}>
      <Badge tone="info">silenced</Badge> until {formatTime(silence.endsAt)}
    </span>
  );
}
