// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError } from "../../api/api-error";
import type { ResolvedWindow } from "../../state/view-state";
import type { ExplainAnswer } from "./explain-types";
import { ImportancePanel } from "./importance-panel";

afterEach(cleanup);

const window: ResolvedWindow = { from: 0, to: 3_600_000, interval: "5m", live: false };
const query = (error: unknown) => ({
  data: undefined as ExplainAnswer | undefined,
  error,
  refetch: () => undefined,
});

// With data the panel draws an ECharts canvas, which jsdom cannot host: its parts are tested in importance-option.
describe("ImportancePanel", () => {
  it("waits to be asked before calling the model's endpoint", () => {
    let asked = 0;
    render(
      <ImportancePanel
        method="shap"
        baseline="previous"
        request={null}
        query={query(null)}
        window={window}
        onCompute={() => asked++}
      />,
    );
    expect(screen.getByTestId("explain-importance").textContent).toContain("Kernel SHAP");
    fireEvent.click(screen.getByRole("button", { name: "Compute" }));
    expect(asked).toBe(1);
  });

  it.each([
    ["computing", "shap", null, "computing with the model's endpoint…"],
    ["loading logged attributions", "logged", null, "Loading importance…"],
    [
      "no endpoint: the message in the panel",
      "prediction-change",
      new ApiError(409, "TELLTALE_NO_ENDPOINT", "version 'v1' has no prediction endpoint"),
      "No prediction endpoint: version 'v1' has no prediction endpoint",
    ],
    [
      "no attributions logged",
      "logged",
      new ApiError(422, "TELLTALE_UNPROCESSABLE", "no prediction in the window carries attributions"),
      "no prediction in the window carries attributions",
    ],
  ] as const)("%s", (_, method, error, text) => {
    render(
      <ImportancePanel
        method={method}
        baseline="reference"
        request={{ method, baseline: "reference", window }}
        query={query(error)}
        window={window}
        onCompute={() => undefined}
      />,
    );
    expect(screen.getByTestId("explain-importance").textContent).toContain(text);
  });

  it("offers to recompute when the window moved since the computed answer", () => {
    render(
      <ImportancePanel
        method="shap"
        baseline="reference"
        request={{ method: "shap", baseline: "reference", window }}
        query={query(null)}
        window={{ ...window, to: window.to + 60_000 }}
        onCompute={() => undefined}
      />,
    );
    expect(screen.getByRole("button", { name: "Recompute for this window" })).toBeTruthy();
  });
});
