import { describe, expect, it } from "vitest";
import { byHealth, type HealthFigures, modelHealth } from "./model-health.js";

const base: HealthFigures = {
  task: "binary",
  traffic: { lastHour: 100, previousHour: 110 },
  predictions24h: 2000,
  driftShare: 0.1,
  metric: { name: "accuracy", value: 0.84, benchmark: 0.85 },
  labelCoverage: 0.6,
  alertsFiring: 0,
};

describe("modelHealth", () => {
  it.each<[string, Partial<HealthFigures>, string, string[]]>([
    ["healthy", {}, "ok", []],
    ["an alert fires", { alertsFiring: 2 }, "critical", ["2 alerts firing"]],
    [
      "accuracy 6 points under its benchmark",
      { metric: { name: "accuracy", value: 0.79, benchmark: 0.85 } },
      "critical",
      ["accuracy 0.790 vs 0.850 benchmark"],
    ],
    ["accuracy 4 points under", { metric: { name: "accuracy", value: 0.81, benchmark: 0.85 } }, "ok", []],
    [
      "rmse 10% over its benchmark",
      { task: "regression", metric: { name: "rmse", value: 11, benchmark: 10 } },
      "critical",
      ["rmse 11.000 vs 10.000 benchmark"],
    ],
    ["rmse 4% over", { task: "regression", metric: { name: "rmse", value: 10.4, benchmark: 10 } }, "ok", []],
    ["no benchmark", { metric: { name: "accuracy", value: 0.5, benchmark: null } }, "ok", []],
    ["half the features drifted", { driftShare: 0.5 }, "warning", ["drift in 50% of features"]],
    [
      "traffic fell by 60%",
      { traffic: { lastHour: 40, previousHour: 100 } },
      "warning",
      ["traffic down 60% hour over hour"],
    ],
    ["few labels", { labelCoverage: 0.05 }, "warning", ["only 5% of predictions labelled"]],
    [
      "no traffic",
      { predictions24h: 0, traffic: { lastHour: 0, previousHour: 0 } },
      "no-data",
      ["no predictions in 24 h"],
    ],
    [
      "no traffic but an alert",
      { predictions24h: 0, alertsFiring: 1 },
      "critical",
      ["1 alert firing", "no predictions in 24 h"],
    ],
    [
      "critical reasons before warnings",
      { alertsFiring: 1, driftShare: 0.9 },
      "critical",
      ["1 alert firing", "drift in 90% of features"],
    ],
  ])("%s", (_name, patch, status, reasons) => {
    expect(modelHealth({ ...base, ...patch })).toEqual({ status, reasons });
  });
});

it("sorts worst first, then by name", () => {
  const models = [
    { name: "b", status: "ok" as const },
    { name: "a", status: "no-data" as const },
    { name: "c", status: "critical" as const },
    { name: "a", status: "warning" as const },
    { name: "a", status: "ok" as const },
  ];
  expect(models.sort(byHealth).map((m) => `${m.status}:${m.name}`)).toEqual([
    "critical:c",
    "warning:a",
    "ok:a",
    "ok:b",
    "no-data:a",
  ]);
});
