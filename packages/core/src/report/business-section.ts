import { type BusinessMetricDefinition, compileBusinessMetric } from "../business/business-metric.js";
import { businessQuantities } from "../business/business-quantities.js";
import { evaluateExpression } from "../business/expression.js";
import { encodeOutcomes } from "../monitoring/encode-outcomes.js";
import type { ModelSpec, MonitoredRows } from "../monitoring/monitored-rows.js";
import type { BusinessMetricResult } from "./types.js";

const every = (rows: number) => Int32Array.from({ length: rows }, (_, i) => i);

/**
 * Each business metric on the reference and on the current rows, computed from each side's quantities (confusion
 * counts on the binary positive class, sums and means, regression errors). An expression that reads a quantity a
 * side lacks (no labels) gives null there. Throws InputError (TELLTALE_BAD_EXPRESSION) for a bad expression.
 */
export function businessSection(
  spec: ModelSpec,
  reference: MonitoredRows,
  current: MonitoredRows,
  definitions: readonly BusinessMetricDefinition[],
): BusinessMetricResult[] {
  const now = encodeOutcomes(spec, current);
  const before = encodeOutcomes(spec, reference, now.task === "binary" ? now.positive : undefined);
  const quantities = {
    reference: businessQuantities(before, every(reference.rows)),
    current: businessQuantities(now, every(current.rows)),
  };
  return definitions.map((definition) => {
    const tree = compileBusinessMetric(spec, definition);
    const a = reference.rows > 0 ? evaluateExpression(tree, quantities.reference) : null;
    const b = evaluateExpression(tree, quantities.current);
    return {
      name: definition.name,
      expression: definition.expression,
      unit: definition.unit ?? null,
      better: definition.better ?? "higher",
      reference: a,
      current: b,
      change: a !== null && b !== null ? b - a : null,
    };
  });
}
