import { useEffect } from "react";
import { useAuth } from "../auth/auth-context";
import { useLiveClock } from "./live-clock";
import { createSseParser } from "./sse-parser";

/** Reconnect delays after a dropped stream: quick at first, then every 15 s. */
const BACKOFF_MS = [1_000, 2_000, 5_000, 15_000];

/**
 * Follows a model's SSE stream over fetch (EventSource cannot send the bearer token); every `ingest` or `alert`
 * event moves the live clock, which refetches the views that end now.
 */
export function useModelEvents(model: string | undefined): void {
  const { api } = useAuth();
  const { bump, setStatus } = useLiveClock();
  useEffect(() => {
    if (model === undefined || api === null) {
      setStatus("off");
      return;
    }
    const abort = new AbortController();
    let attempt = 0;
    const connect = async (): Promise<void> => {
      setStatus(attempt === 0 ? "connecting" : "reconnecting");
      try {
        const response = await fetch(`/api/v1/models/${encodeURIComponent(model)}/events`, {
          headers: { authorization: `Bearer ${api.key}`, accept: "text/event-stream" },
          signal: abort.signal,
        });
        if (!response.ok || response.body === null) throw new Error(`events: ${response.status}`);
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        const parse = createSseParser();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          for (const message of parse(value)) {
            if (message.event === "ready") {
              attempt = 0;
              setStatus("live");
            } else if (message.event === "ingest" || message.event === "alert") bump();
          }
        }
      } catch {
        if (abort.signal.aborted) return;
      }
      if (abort.signal.aborted) return;
      setStatus("reconnecting");
      const delay = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)]!;
      attempt += 1;
      setTimeout(() => {
        if (!abort.signal.aborted) void connect();
      }, delay);
    };
    void connect();
    return () => {
      abort.abort();
      setStatus("off");
    };
  }, [model, api, bump, setStatus]);
}
