import type { Check, Report } from "./types.js";

export interface CheckSpec {
  readonly path: string;
  readonly op: "min" | "max";
  readonly limit: number;
}

const ARRAY_KEYS = ["column", "attribute", "group", "name", "value"] as const;

/**
 * Reads a dotted path in the report's JSON. An array step is an index or the name of an element
 * (`drift.columns.age.statistic`, `fairness.sex.disparateImpactRatio`).
 */
export function valueAtPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const step of path.split(".")) {
    if (Array.isArray(node)) {
      const index = /^\d+$/.test(step) ? Number(step) : -1;
      node =
        index >= 0
          ? node[index]
          : node.find(
              (el) =>
                typeof el === "object" &&
                el !== null &&
                ARRAY_KEYS.some((k) => (el as Record<string, unknown>)[k] === step),
            );
    } else if (typeof node === "object" && node !== null && Object.hasOwn(node, step)) {
      node = (node as Record<string, unknown>)[step];
    } else {
      return undefined;
    }
  }
  return node;
}

/** Evaluates CI-gate checks; a path that is missing or not a number fails its check (value null). */
export function evaluateChecks(report: Report, specs: readonly CheckSpec[], failOnDrift: boolean): Check[] {
  const checks: Check[] = specs.map((spec) => {
    const found = valueAtPath(report, spec.path);
    const value = typeof found === "number" && Number.isFinite(found) ? found : null;
    const passed = value !== null && (spec.op === "min" ? value >= spec.limit : value <= spec.limit);
    return { path: spec.path, op: spec.op, limit: spec.limit, value, passed };
  });
  if (failOnDrift) {
    const value = report.drift.datasetDrift;
    checks.push({ path: "drift.datasetDrift", op: "no-drift", limit: false, value, passed: !value });
  }
  return checks;
}
