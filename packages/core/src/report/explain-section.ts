import { driftImpact } from "../importance/drift-impact.js";
import { importanceNdcg, NDCG_ALERT_THRESHOLD } from "../importance/importance-ndcg.js";
import { meanAbsoluteImportance } from "../importance/mean-absolute-importance.js";
import type { SourceColumn } from "../table.js";
import { importanceRows } from "./importance-rows.js";
import type { DriftSection, ExplainSection } from "./types.js";

/** Logged attributions are columns named `attribution.<feature>`, as references and report inputs carry them. */
export const ATTRIBUTION_PREFIX = "attribution.";

/** Mean |attribution| per feature of logged attribution columns (named by their feature); empty when none hold a value. */
export function loggedImportance(columns: readonly SourceColumn[]): Map<string, number> {
  const numerical = columns.flatMap((c) =>
    c.column.kind === "numerical" ? [{ name: c.name, values: c.column.values }] : [],
  );
  return new Map(
    meanAbsoluteImportance(numerical).flatMap((r) =>
      r.importance === null ? [] : [[r.feature, r.importance] as const],
    ),
  );
}

export interface ExplainInput {
  readonly source: ExplainSection["source"];
  readonly features: readonly string[];
  readonly importance: ReadonlyMap<string, number | null>;
  /** The reference's or an earlier window's importance; NDCG is null without it. */
  readonly baseline: ReadonlyMap<string, number | null> | undefined;
  readonly drift: DriftSection;
}

const finite = (map: ReadonlyMap<string, number | null>) =>
  new Map([...map].filter((e): e is [string, number] => e[1] !== null && Number.isFinite(e[1])));

/**
 * What drives the model and whether that shifted: importance beside the baseline's, the NDCG of the current
 * ranking against the baseline's (SageMaker Clarify's attribution drift), and each feature's drift weighted by its
 * share of importance.
 */
export function explainSection(input: ExplainInput): ExplainSection {
  const importance = importanceRows(input.features, input.importance, input.baseline);
  const baseline = input.baseline ? finite(input.baseline) : new Map<string, number>();
  const ndcg = baseline.size > 0 ? importanceNdcg(baseline, finite(input.importance)) : null;
  const named = new Set(input.features);
  return {
    source: input.source,
    importance,
    ndcg,
    ndcgThreshold: NDCG_ALERT_THRESHOLD,
    attributionDrift: ndcg !== null && ndcg < NDCG_ALERT_THRESHOLD,
    driftImpact: driftImpact({
      drift: input.drift.columns
        .filter((c) => named.has(c.column))
        .map((c) => ({
          feature: c.column,
          statistic: c.statistic,
          pValue: c.pValue,
          drifted: c.drifted,
          method: c.method,
        })),
      importance: importance.map((r) => ({ feature: r.feature, importance: r.importance })),
    }),
  };
}
