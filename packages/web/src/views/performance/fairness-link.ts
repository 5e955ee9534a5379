import { VIEW_STATE_KEYS } from "../../state/view-state";

/** The fairness view of one sensitive attribute, keeping the window (range, version, segment…) of this view. */
export function fairnessHref(model: string, search: URLSearchParams, attribute: string): string {
  const next = new URLSearchParams();
  for (const key of VIEW_STATE_KEYS) {
    const value = search.get(key);
    if (value !== null && key !== "feature") next.set(key, value);
  }
  next.set("attribute", attribute);
  return `/models/${encodeURIComponent(model)}/fairness?${next.toString()}`;
}
