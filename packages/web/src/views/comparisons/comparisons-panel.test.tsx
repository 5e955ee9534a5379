// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Comparison } from "../../api/types";
import { AuthProvider } from "../../auth/auth-context";
import { comparisonOf } from "./comparison.test-support";
import { comparisonKeys } from "./comparison-queries";
import { ComparisonsPanel } from "./comparisons-panel";

beforeEach(() => sessionStorage.setItem("telltale.apiKey", "test-key"));
afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

const aliases = [{ alias: "champion", version: "v1", updatedAt: "2026-01-01T00:00:00Z", updatedBy: "k" }];

// No server answers here: a list already in the cache stays on screen when the refetch fails, and without one the
// panel shows the failure.
function renderPanel(cached: Comparison[] | undefined) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (cached !== undefined) client.setQueryData(comparisonKeys.list("adult-income", {}), cached);
  return render(
    <QueryClientProvider client={client}>
      <AuthProvider>
        <MemoryRouter>
          <ComparisonsPanel model="adult-income" aliases={aliases} />
        </MemoryRouter>
      </AuthProvider>
    </QueryClientProvider>,
  );
}

describe("ComparisonsPanel", () => {
  it("links each comparison to its page with its status, headline replay metric and trigger", () => {
    renderPanel([
      comparisonOf(),
      comparisonOf({ id: "cmp-0", status: "failed", error: "boom", replay: null, trigger: null }),
    ]);
    const rows = within(screen.getByTestId("comparisons-table")).getAllByRole("row").slice(1);
    expect(rows.map((r) => [...r.querySelectorAll("td")].slice(0, 3).map((td) => td.textContent))).toEqual([
      ["v2 vs v1 (champion)", "done", "Accuracy +3 pp better"],
      ["v2 vs v1 (champion)", "failed", "—"],
    ]);
    expect(within(rows[0]!).getByRole("link", { name: "v2 vs v1 (champion)" }).getAttribute("href")).toBe(
      "/models/adult-income/comparisons/cmp-1",
    );
    expect(within(rows[0]!).getByRole("link", { name: "alert alert-7" }).getAttribute("href")).toBe(
      "/models/adult-income/alerts?alert=alert-7",
    );
    expect(rows[1]!.textContent).toContain("by hand");
  });

  it.each([
    ["an empty list", [], "No comparisons yet"],
    ["no server", undefined, "cannot reach"],
  ])("shows %s", async (_, cached, text) => {
    renderPanel(cached);
    await waitFor(() => expect(screen.getByTestId("comparisons-panel").textContent).toContain(text));
  });
});
