// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import type { Comparison } from "../../api/types";
import { comparisonOf } from "./comparison.test-support";
import { ComparisonReport } from "./comparison-report";

afterEach(cleanup);

const aliases = [
  { alias: "champion", version: "v1", updatedAt: "2026-01-01T00:00:00Z", updatedBy: "k" },
  { alias: "challenger", version: "v2", updatedAt: "2026-01-01T00:00:00Z", updatedBy: "k" },
];
const definitions = {
  data: { metrics: [{ name: "error_cost", unit: "USD", better: "lower" as const }] },
  error: null,
  refetch: () => undefined,
};

function renderReport(comparison: Comparison) {
  return render(
    <MemoryRouter>
      <ComparisonReport comparison={comparison} aliases={aliases} definitions={definitions} />
    </MemoryRouter>,
  );
}

/** The cells of a table's row whose first cell starts with `name`. */
function rowCells(testId: string, name: string): string[] {
  const row = within(screen.getByTestId(testId))
    .getAllByRole("row")
    .find((r) => r.querySelector("td")?.textContent?.startsWith(name));
  if (row === undefined) throw new Error(`no row ${name} in ${testId}`);
  return [...row.querySelectorAll("td")].map((td) => td.textContent ?? "");
}

describe("ComparisonReport", () => {
  it("shows a finished comparison: replay, business metrics, production and benchmark", () => {
    renderReport(comparisonOf());
    const summary = screen.getByTestId("comparison-summary");
    expect(summary.textContent).toContain("v2 (challenger)");
    expect(summary.textContent).toContain("v1 (champion)");
    expect(within(summary).getByRole("link", { name: "alert-7" }).getAttribute("href")).toBe(
      "/models/adult-income/alerts?alert=alert-7",
    );
    expect(screen.getByTestId("comparison-status").textContent).toBe("done");

    expect(rowCells("comparison-replay", "Accuracy")).toEqual([
      "Accuracyhigher is better",
      "80%",
      "83%",
      "+3 pp",
      "Candidate",
    ]);
    expect(rowCells("comparison-replay", "Log loss").slice(1)).toEqual(["0.41", "0.45", "+0.04", "Served"]);
    expect(screen.getByTestId("comparison-verdict").textContent).toBe(
      "The candidate is better on 1 of 3 metrics, what was served on 1; 1 tie.",
    );
    expect(rowCells("comparison-business-table", "error_cost").slice(1)).toEqual([
      "9,000 USD",
      "7,500 USD",
      "−1,500 USD",
      "Candidate",
    ]);
    expect(rowCells("comparison-business-table", "revenue")[0]).toBe("revenueno longer defined");
    expect(rowCells("comparison-benchmark", "Accuracy").slice(1)).toEqual([
      "85%",
      "84%",
      "−1 pp",
      "Baseline",
    ]);
    expect(screen.getByTestId("comparison-production").textContent).toContain("labelled (40%)");
  });

  it("says why there is no replay", () => {
    renderReport(comparisonOf({ replay: null, replayNote: "version 'v2' has no prediction endpoint" }));
    expect(screen.queryByTestId("comparison-replay")).toBeNull();
    expect(screen.getByTestId("comparison-replay-panel").textContent).toBe(
      "Historical replayNo replay: version 'v2' has no prediction endpoint.",
    );
    expect(screen.getByTestId("comparison-business").textContent).toContain("no prediction endpoint");
  });

  it.each([
    [
      "pending",
      comparisonOf({ status: "pending", completedAt: null, benchmark: [], production: null, replay: null }),
      "Comparing v2 with v1; checked every 2 s…",
    ],
    [
      "failed",
      comparisonOf({ status: "failed", error: "endpoint answered 500", replay: null, production: null }),
      "The comparison failed: endpoint answered 500",
    ],
  ])("shows only the summary while %s", (_, comparison, text) => {
    renderReport(comparison);
    expect(screen.getByTestId("comparison-summary").textContent).toContain(text);
    for (const id of ["comparison-replay-panel", "comparison-benchmark-panel", "comparison-production"]) {
      expect(screen.queryByTestId(id)).toBeNull();
    }
  });

  it("says so when the comparison was started by hand", () => {
    renderReport(comparisonOf({ trigger: null }));
    expect(screen.getByTestId("comparison-summary").textContent).toContain("Started by hand");
  });
});
