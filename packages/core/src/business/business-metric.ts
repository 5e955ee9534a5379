import type { ModelSpec } from "../monitoring/monitored-rows.js";
import { businessQuantityNames } from "./business-quantities.js";
import { type Expression, type NameCheck, parseExpression } from "./expression.js";

/** A metric a model defines over Telltale's per-window quantities, e.g. fraud cost = 50·fn + 2·fp. */
export interface BusinessMetricDefinition {
  readonly name: string;
  readonly expression: string;
  readonly unit?: string | null;
  /** Which way is good: a cost is better lower, a revenue higher. */
  readonly better?: "lower" | "higher";
  readonly description?: string | null;
}

const PER_CLASS = /^(tp|fp|tn|fn)\..+$/;

/** The names a model's expressions may read; multiclass models read `tp.<class>` … for any class. */
export function businessNameCheck(spec: ModelSpec): NameCheck {
  const names = businessQuantityNames(spec, spec.task === "multiclass" ? ["<class>"] : []);
  return spec.task === "multiclass" ? { names, accepts: (name) => PER_CLASS.test(name) } : names;
}

/** Parses a definition's expression against the model's quantities; a bad one is a TELLTALE_BAD_EXPRESSION InputError. */
export function compileBusinessMetric(spec: ModelSpec, definition: BusinessMetricDefinition): Expression {
  return parseExpression(definition.expression, businessNameCheck(spec));
}
