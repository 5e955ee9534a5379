import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";

/** How often a live view moves forward without events, and the least time between two moves. */
export const IDLE_TICK_MS = 30_000;
export const MIN_TICK_MS = 3_000;

export type LiveStatus = "connecting" | "live" | "reconnecting" | "off";

interface LiveClock {
  /** The instant live windows end at; it moves on new data (at most every 3 s) and every 30 s. */
  readonly now: number;
  /** Asks the clock to move because new data arrived. */
  bump(): void;
  readonly status: LiveStatus;
  setStatus(status: LiveStatus): void;
  /** When the last live event arrived, for the indicator's tooltip. */
  readonly lastEventAt: number | null;
}

const LiveClockContext = createContext<LiveClock | null>(null);

/** One clock for the whole page, so every panel of a view asks for the same window and shares cached answers. */
export function LiveClockProvider({ children }: { readonly children: ReactNode }) {
  const [now, setNow] = useState(() => Date.now());
  const [status, setStatus] = useState<LiveStatus>("off");
  const [lastEventAt, setLastEventAt] = useState<number | null>(null);
  const lastTick = useRef(now);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  const tick = useCallback(() => {
    pending.current = null;
    lastTick.current = Date.now();
    setNow(lastTick.current);
  }, []);

  const bump = useCallback(() => {
    setLastEventAt(Date.now());
    if (pending.current !== null) return;
    const wait = Math.max(0, lastTick.current + MIN_TICK_MS - Date.now());
    pending.current = setTimeout(tick, wait);
  }, [tick]);

  useEffect(() => {
    const timer = setInterval(tick, IDLE_TICK_MS);
    return () => {
      clearInterval(timer);
      if (pending.current !== null) clearTimeout(pending.current);
    };
  }, [tick]);

  const value = useMemo(
    () => ({ now, bump, status, setStatus, lastEventAt }),
    [now, bump, status, lastEventAt],
  );
  return <LiveClockContext.Provider value={value}>{children}</LiveClockContext.Provider>;
}

export function useLiveClock(): LiveClock {
  const clock = useContext(LiveClockContext);
  if (clock === null) throw new Error("useLiveClock outside LiveClockProvider");
  return clock;
}
