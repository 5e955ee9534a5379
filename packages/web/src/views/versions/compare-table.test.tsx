// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { CompareTable } from "./compare-table";
import type { CompareAnswer } from "./compare-types";

afterEach(cleanup);

const answer: CompareAnswer = {
  window: { from: "2026-11-01T00:00:00.000Z", to: "2026-11-08T00:00:00.000Z", segment: null },
  a: {
    requested: "champion",
    version: "v1",
    rows: 13046,
    labelled: 12023,
    metrics: { rows: 12023, accuracy: 0.8386, logLoss: 0.359 },
    benchmark: { accuracy: 0.8537 },
  },
  b: {
    requested: "v2",
    version: "v2",
    rows: 0,
    labelled: 0,
    metrics: null,
    benchmark: { accuracy: 0.851 },
  },
  predictionDrift: [],
};

it("shows each side's production and benchmark with the gap, naming the sides", () => {
  render(<CompareTable answer={answer} task="binary" />);
  const table = screen.getByTestId("compare-table");
  expect(table.textContent).toContain("A: champion (v1)");
  expect(table.textContent).toContain("B: v2");
  const accuracy = table.querySelector('tr[data-metric="accuracy"]') as HTMLElement;
  const cells = within(accuracy)
    .getAllByRole("cell")
    .map((c) => c.textContent);
  expect(cells).toEqual(["83.9%", "85.4%", "−1.5 pp", "—", "85.1%", "—", "—"]);
  expect(table.querySelector('tr[data-metric="logLoss"]')?.textContent).toContain("0.359");
  expect(screen.getByText(/13,046/).textContent).toBe("13,046");
});

it("says so when neither side has metrics or benchmarks", () => {
  render(
    <CompareTable
      answer={{
        ...answer,
        a: { ...answer.a, metrics: null, benchmark: {} },
        b: { ...answer.b, benchmark: {} },
      }}
      task="binary"
    />,
  );
  expect(screen.queryByTestId("compare-table")).toBeNull();
  expect(document.body.textContent).toContain("metrics appear as labels arrive");
});
