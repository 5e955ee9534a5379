import type { DriftColumn } from "@telltale/core";
import { describe, expect, it } from "vitest";
import { driftMetrics, driftRows } from "./drift-rows";

const column = (
  name: string,
  role: DriftColumn["role"],
  statistic: number,
  drifted: boolean,
): DriftColumn => ({
  column: name,
  role,
  kind: "numerical",
  method: "wasserstein",
  statistic,
  pValue: null,
  threshold: 0.1,
  drifted,
  distribution: { edges: [0, 1], reference: [1], current: [1] },
});

describe("driftRows", () => {
  it("lists features and the model's outputs, not the target, most severe first", () => {
    const columns = [
      column("age", "feature", 0.02, false),
      column("label", "target", 9, true),
      column("score", "score", 0.14, true),
      column("hours", "feature", 1.4, true),
      column("prediction", "prediction", 0.05, false),
    ];
    const rows = driftRows(columns);
    expect(rows.map((r) => r.column)).toEqual(["hours", "score", "prediction", "age"]);
    expect(driftMetrics(rows)).toEqual(["drift.hours", "drift.age"]);
  });
});
