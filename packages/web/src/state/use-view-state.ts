import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { useLiveClock } from "../live/live-clock";
import {
  type ResolvedWindow,
  readViewState,
  resolveWindow,
  type ViewState,
  writeViewState,
} from "./view-state";

export interface ViewStateHandle {
  readonly state: ViewState;
  readonly window: ResolvedWindow;
  /** Changes the URL; each change is a history entry, so back/forward walk through views. */
  update(patch: Partial<Record<keyof ViewState, string | undefined>>): void;
  /** A view-specific query parameter (`tab`, `id`, …). */
  param(name: string): string | undefined;
  setParam(name: string, value: string | undefined): void;
  /** Several view-specific parameters in one URL change (two `setParam` calls in a row keep only the second). */
  setParams(values: Readonly<Record<string, string | undefined>>): void;
}

export function useViewState(): ViewStateHandle {
  const [params, setParams] = useSearchParams();
  const { now } = useLiveClock();
  const state = useMemo(() => readViewState(params), [params]);
  const window = useMemo(() => resolveWindow(state, now), [state, now]);
  const update = useCallback(
    (patch: Partial<Record<keyof ViewState, string | undefined>>) =>
      setParams((p) => writeViewState(p, patch)),
    [setParams],
  );
  const param = useCallback((name: string) => params.get(name) ?? undefined, [params]);
  const setMany = useCallback(
    (values: Readonly<Record<string, string | undefined>>) =>
      setParams((p) => {
        const next = new URLSearchParams(p);
        for (const [name, value] of Object.entries(values)) {
          if (value === undefined || value === "") next.delete(name);
          else next.set(name, value);
        }
        return next;
      }),
    [setParams],
  );
  const setParam = useCallback(
    (name: string, value: string | undefined) => setMany({ [name]: value }),
    [setMany],
  );
  return { state, window, update, param, setParam, setParams: setMany };
}
