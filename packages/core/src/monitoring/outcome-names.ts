import type { ModelSpec } from "./monitored-rows.js";

export interface OutcomeNames {
  readonly label: string;
  readonly prediction: string;
  readonly score: string;
}

/**
 * Column names of the outcomes in the tables handed to `buildReport`: `label`, `prediction` and `score`, each
 * followed by underscores until it names no feature, segment or other outcome (class-score columns keep their
 * class's name, as the report's score columns must).
 */
export function outcomeNames(spec: ModelSpec, taken: readonly string[] = []): OutcomeNames {
  const used = new Set([...spec.features.map((f) => f.name), ...taken]);
  const free = (base: string) => {
    let name = base;
    while (used.has(name)) name = `${name}_`;
    used.add(name);
    return name;
  };
  return { label: free("label"), prediction: free("prediction"), score: free("score") };
}
