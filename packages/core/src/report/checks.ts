import { InputError } from "../errors.js";
import type { Check, Report } from "./types.js";

export interface CheckSpec {
  readonly path: string;
  readonly op: "min" | "max";
  readonly limit: number;
}

const ARRAY_KEYS = ["column", "attribute", "group", "name", "value"] as const;

function elementName(element: unknown): string | undefined {
  if (typeof element !== "object" || element === null) return undefined;
  for (const key of ARRAY_KEYS) {
    const v = (element as Record<string, unknown>)[key];
    if (typeof v === "string") return v;
  }
  return undefined;
}

type Step =
  | { readonly found: true; readonly value: unknown }
  | { readonly found: false; readonly options: string[] };

function step(node: unknown, key: string): Step {
  if (Array.isArray(node)) {
    // Names win over indexes: a column may well be called "0".
    const named = node.find((el) => elementName(el) === key);
    if (named !== undefined) return { found: true, value: named };
    if (/^\d+$/.test(key) && Number(key) < node.length) return { found: true, value: node[Number(key)] };
    return { found: false, options: node.map((el, i) => elementName(el) ?? String(i)) };
  }
  if (typeof node === "object" && node !== null) {
    if (Object.hasOwn(node, key)) return { found: true, value: (node as Record<string, unknown>)[key] };
    return { found: false, options: Object.keys(node) };
  }
  return { found: false, options: [] };
}

/**
 * Reads a dotted path in the report's JSON. An array step is an element's name or an index
 * (`drift.columns.age.statistic`, `fairness.sex.disparateImpactRatio`). Undefined when the path does not exist.
 */
export function valueAtPath(root: unknown, path: string): unknown {
  let node = root;
  for (const key of path.split(".")) {
    const next = step(node, key);
    if (!next.found) return undefined;
    node = next.value;
  }
  return node;
}

function assertPath(report: Report, path: string): void {
  let node: unknown = report;
  const done: string[] = [];
  for (const key of path.split(".")) {
    const next = step(node, key);
    if (!next.found) {
      const where = done.length > 0 ? `'${done.join(".")}'` : "the report";
      const options = next.options.slice(0, 12).join(", ");
      throw new InputError(
        "TELLTALE_BAD_OPTION",
        `check path '${path}' does not exist: ${where} has no '${key}'${options ? ` (it has: ${options}${next.options.length > 12 ? ", …" : ""})` : ""}`,
        { path },
      );
    }
    done.push(key);
    node = next.value;
  }
}

/**
 * Evaluates CI-gate checks. A path that does not exist is bad input; a metric that is null on this data fails its
 * check (value null).
 */
export function evaluateChecks(report: Report, specs: readonly CheckSpec[], failOnDrift: boolean): Check[] {
  const checks: Check[] = specs.map((spec) => {
    assertPath(report, spec.path);
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
