import { describe, expect, it } from "vitest";
import type { Model } from "../store/types.js";
import { exportColumns } from "./export-columns.js";

const model = (over: Partial<Model>): Model => ({
  id: 1,
  name: "m",
  task: "binary",
  features: [],
  segments: [],
  sensitive: [],
  positiveLabel: null,
  description: null,
  tags: [],
  correctionsAsLabels: false,
  business: [],
  scoreClasses: [],
  createdAt: 0,
  updatedAt: 0,
  ...over,
});

const names = (m: Model) => exportColumns(m).map((c) => c.name);

describe("exportColumns", () => {
  it("keeps features under their names and moves one another column takes, ignoring case, to feature.<name>", () => {
    const columns = names(
      model({
        features: [
          { name: "age", kind: "numerical" },
          { name: "ID", kind: "categorical" },
          { name: "label", kind: "categorical" },
          { name: "feature.label", kind: "categorical" },
          { name: "Age", kind: "numerical" },
        ],
        segments: ["channel", "Channel"],
      }),
    );
    expect(columns.slice(7, 12)).toEqual([
      "age",
      "feature.ID",
      "feature.label",
      "feature.feature.label",
      "feature.Age",
    ]);
    expect(columns.slice(12, 14)).toEqual(["segment.channel", "segment.Channel_2"]);
    expect(new Set(columns.map((c) => c.toLowerCase())).size).toBe(columns.length);
  });
});
