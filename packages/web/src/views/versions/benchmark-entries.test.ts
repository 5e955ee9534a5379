import { expect, it } from "vitest";
import { benchmarkEntries } from "./benchmark-entries";

it("orders headline metrics first and formats each with its unit", () => {
  expect(benchmarkEntries({ rocAuc: 0.9067, latency: 12.5, accuracy: 0.8537, f1: 0.6612 })).toEqual([
    { metric: "accuracy", label: "Accuracy", text: "85.4%" },
    { metric: "f1", label: "F1", text: "66.1%" },
    { metric: "rocAuc", label: "ROC AUC", text: "90.7%" },
    { metric: "latency", label: "latency", text: "12.5" },
  ]);
});

it("is empty for a version without a benchmark", () => {
  expect(benchmarkEntries({})).toEqual([]);
});
