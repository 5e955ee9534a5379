// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { PredictionFeedback } from "../../api/types";
import { PredictionFeedbackList } from "./prediction-feedback";

afterEach(cleanup);

const at = "2026-11-01T10:00:00.000Z";
const FEEDBACK: PredictionFeedback[] = [
  { kind: "thumbs", value: false, user: "ana", timestamp: at },
  { kind: "rating", value: 2, user: null, timestamp: at },
  { kind: "correction", value: ">50K", user: "ana", timestamp: at },
  { kind: "comment", value: "she got a raise", user: "bo", timestamp: at },
];

describe("PredictionFeedbackList", () => {
  it("lists each record readably, oldest first, with who sent it", () => {
    render(<PredictionFeedbackList model="m" feedback={FEEDBACK} prediction="<=50K" />);
    const rows = screen.getAllByRole("row").slice(1);
    expect(rows.map((r) => r.getAttribute("data-kind"))).toEqual([
      "thumbs",
      "rating",
      "correction",
      "comment",
    ]);
    expect(within(rows[0]!).getByText("thumbs down")).toBeTruthy();
    expect(rows[0]!.textContent).toContain("ana");
    expect(rows[1]!.textContent).toContain("★ 2");
    expect(rows[1]!.textContent).toContain("anonymous");
    expect(rows[2]!.textContent).toContain("→ >50K (predicted <=50K)");
    expect(rows[3]!.textContent).toContain("she got a raise");
    expect(screen.getByTestId("prediction-feedback-summary").textContent).toBe(
      "4 records: 0 thumbs up, 1 thumbs down, mean rating 2, 1 correction, 1 comment",
    );
  });

  it.each([
    [[], "No feedback on this prediction yet", "POST /api/v1/models/m/feedback"],
    [undefined, "does not report feedback", ""],
  ] as const)("says why there is nothing to list (%#)", (feedback, text, endpoint) => {
    const { container } = render(<PredictionFeedbackList model="m" feedback={feedback} prediction="x" />);
    expect(container.textContent).toContain(text);
    expect(container.textContent).toContain(endpoint);
    expect(container.querySelector("table")).toBeNull();
  });
});
