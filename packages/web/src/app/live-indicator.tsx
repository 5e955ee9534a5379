import { formatRelative } from "../format/format";
import { useLiveClock } from "../live/live-clock";

const TEXT = { live: "Live", connecting: "Connecting", reconnecting: "Reconnecting", off: "Paused" } as const;

/** Whether the view follows new data: live only when the stream is up and the window ends now. */
export function LiveIndicator({ following }: { readonly following: boolean }) {
  const { status, lastEventAt, now } = useLiveClock();
  const shown = following ? status : "off";
  const title = !following
    ? "A fixed window does not follow new data; pick a range ending now to go live."
    : lastEventAt === null
      ? "No new data since the page opened."
      : `Last update ${formatRelative(lastEventAt, now)}.`;
  return (
    <span
      className={`live-indicator ${shown}`}
      role="status"
      aria-live="polite"
      title={title}
      data-testid="live-indicator"
    >
      <span className="dot" aria-hidden="true" />
      {TEXT[shown]}
    </span>
  );
}
