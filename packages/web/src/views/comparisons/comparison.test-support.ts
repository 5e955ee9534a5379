import type { Comparison } from "../../api/types";

/** Test support: a finished comparison of v2 (candidate) with v1 (baseline), replayed on 400 labelled rows. */
export function comparisonOf(overrides: Partial<Comparison> = {}): Comparison {
  return {
    id: "cmp-1",
    model: "adult-income",
    candidate: "v2",
    baseline: "v1",
    window: { from: "2026-11-20T00:00:00.000Z", to: "2026-11-27T00:00:00.000Z" },
    trigger: { alertId: "alert-7", actionId: "act-1", runId: "run-3" },
    status: "done",
    error: null,
    createdAt: "2026-11-27T00:00:00.000Z",
    completedAt: "2026-11-27T00:00:05.000Z",
    benchmark: [
      { metric: "rocAuc", baseline: 0.88, candidate: 0.9 },
      { metric: "accuracy", baseline: 0.85, candidate: 0.84 },
      { metric: "business.error_cost", baseline: 5000, candidate: 4000 },
    ],
    production: {
      rows: 1000,
      labelled: 400,
      metrics: { rows: 400, accuracy: 0.8, logLoss: 0.41, confusionMatrix: { labels: [], matrix: [] } },
      business: { error_cost: 9000 },
    },
    replay: {
      rows: 400,
      served: {
        metrics: { rows: 400, accuracy: 0.8, f1: 0.6, logLoss: 0.41, meanError: null, calibration: null },
        business: { error_cost: 9000, revenue: 100 },
      },
      candidate: {
        metrics: { rows: 400, accuracy: 0.83, f1: 0.6, logLoss: 0.45, meanError: null, calibration: null },
        business: { error_cost: 7500, revenue: 100 },
      },
    },
    replayNote: null,
    ...overrides,
  };
}
