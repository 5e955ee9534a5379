// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { ApiError } from "../../api/api-error";
import { BacktestResult } from "./backtest-result";

afterEach(cleanup);

it.each([
  [
    "a server without the endpoint",
    new ApiError(404, "TELLTALE_NOT_FOUND", "no route POST /api/v1/models/m/monitors/backtest"),
    "does not offer backtests yet",
  ],
  [
    "a refused monitor",
    new ApiError(400, "TELLTALE_VALIDATION", "body.monitor.window: between 60 s and 31 days"),
    "The backtest was refused: body.monitor.window",
  ],
  ["an unknown model", new ApiError(404, "TELLTALE_UNKNOWN_MODEL", "no model 'm'"), "no model 'm'"],
])("says what went wrong for %s", (_, error, text) => {
  render(<BacktestResult status="error" error={error} data={undefined} metric="accuracy" />);
  expect(document.body.textContent).toContain(text);
});

it("offers the backtest before it is asked for, and shows progress while it runs", () => {
  const { rerender } = render(
    <BacktestResult status="idle" error={null} data={undefined} metric="accuracy" />,
  );
  expect(document.body.textContent).toContain("Backtest over the past week");
  rerender(<BacktestResult status="pending" error={null} data={undefined} metric="accuracy" />);
  expect(screen.getByRole("status").textContent).toContain("Replaying the past week");
});
