// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import { MemoryRouter, Outlet, Route, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ModelContext } from "../../app/model-context";
import { AuthProvider } from "../../auth/auth-context";
import { LiveClockProvider } from "../../live/live-clock";
import { ExplainView } from "./explain-view";

const context: ModelContext = {
  model: {
    name: "adult",
    task: "regression",
    features: [{ name: "age", kind: "numerical" }],
    segments: ["channel"],
    sensitive: [],
    positiveLabel: null,
    description: null,
    tags: [],
    createdAt: "2026-01-01T00:00:00Z",
    updatedAt: "2026-01-01T00:00:00Z",
  },
  versions: [],
  aliases: [],
};

beforeEach(() => sessionStorage.setItem("telltale.apiKey", "test-key"));
afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

// No server answers here (every request fails to reach one): the view must still lay out every panel, with the
// failure in each, and a method that calls the model's endpoint must wait for the Compute button.
function renderAt(url: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <AuthProvider>
        <LiveClockProvider>
          <MemoryRouter initialEntries={[url]}>
            <Routes>
              <Route path="/models/:model" element={<Outlet context={context} />}>
                <Route path="explain" element={<ExplainView />} />
              </Route>
            </Routes>
          </MemoryRouter>
        </LiveClockProvider>
      </AuthProvider>
    </QueryClientProvider>,
  );
}

describe("ExplainView", () => {
  it("lays out every panel and reads method, baseline and slices from the URL", async () => {
    renderAt("/models/adult/explain?method=shap&baseline=previous&slices=accuracy");
    for (const id of [
      "explain-importance",
      "explain-drift-impact",
      "explain-ndcg-over-time",
      "explain-importance-over-time",
      "explain-slices",
      "explain-reconstruction",
      "explain-domain-auc",
    ]) {
      expect(screen.getByTestId(id)).toBeTruthy();
    }
    expect((screen.getByLabelText("Importance from") as HTMLSelectElement).value).toBe("shap");
    expect((screen.getByLabelText("compared with") as HTMLSelectElement).value).toBe("previous");
    // A regression model has no accuracy: its slices fall back to the error.
    expect((screen.getByTestId("slice-metric") as HTMLSelectElement).value).toBe("error");
    expect(screen.getByRole("button", { name: "Compute" })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId("explain-slices").textContent).toContain("cannot reach"));
  });
});
