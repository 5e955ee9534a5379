import { expect, it } from "vitest";
import { driftText } from "./drift-text";

it.each([
  [
    { method: "jensenshannon", statistic: 0.0123, pValue: null, threshold: 0.1 },
    "Jensen–Shannon distance 0.012 (threshold 0.1)",
  ],
  [
    { method: "ks", statistic: 0.2, pValue: 0.031, threshold: 0.05 },
    "Kolmogorov–Smirnov p = 0.031 (threshold 0.05)",
  ],
  [{ method: "psi", statistic: null, pValue: null, threshold: 0.2 }, "PSI — (threshold 0.2)"],
] as const)("%j", (column, text) => {
  expect(driftText(column)).toBe(text);
});
