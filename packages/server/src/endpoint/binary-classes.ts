import { choosePositiveLabel } from "@telltale/core";
import type { Model } from "../store/types.js";

/**
 * A binary model's two classes as its stored outcomes name them: the positive one is the model's `positiveLabel`,
 * else the one the report would choose (a conventional positive name, else the last in sorted order), as the
 * window's metrics are computed; the negative one is the other class seen. Null where the outcomes do not say.
 */
export function binaryClasses(
  model: Model,
  outcomes: readonly (readonly (string | number | null)[])[],
): { positive: string | null; negative: string | null } {
  const seen = new Set<string>();
  for (const values of outcomes) for (const v of values) if (v !== null) seen.add(String(v));
  if (model.positiveLabel !== null) seen.add(model.positiveLabel);
  const sorted = [...seen].sort();
  const positive = model.positiveLabel ?? choosePositiveLabel(sorted, undefined) ?? null;
  return { positive, negative: sorted.find((c) => c !== positive) ?? null };
}
