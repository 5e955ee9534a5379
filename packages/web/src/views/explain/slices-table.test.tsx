// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import type { Slice } from "./explain-types";
import { sliceOf } from "./slice.test-support";
import { SlicesTable } from "./slices-table";

afterEach(cleanup);

const slice = (conditions: Slice["conditions"], significant: boolean) => sliceOf(conditions, { significant });

const slices = [
  slice([{ feature: "channel", kind: "category", value: "partner" }], true),
  slice([{ feature: "age", kind: "range", lower: 30, upper: 40 }], false),
];

function renderTable(metric: "accuracy" | "drift") {
  return render(
    <MemoryRouter>
      <SlicesTable
        model="adult"
        task="binary"
        metric={metric}
        slices={slices}
        segments={["channel"]}
        search="?range=24h&slices=error"
      />
    </MemoryRouter>,
  );
}

describe("SlicesTable", () => {
  it("links a segment slice to the performance view filtered to it, and badges significance", () => {
    renderTable("accuracy");
    const rows = within(screen.getByTestId("slices-table")).getAllByRole("row");
    expect(rows).toHaveLength(3);
    const partner = rows[1]!;
    expect(within(partner).getByRole("link", { name: "channel = partner" }).getAttribute("href")).toBe(
      "/models/adult/performance?range=24h&segment=channel%3Apartner",
    );
    expect(partner.textContent).toContain("700 (14%)");
    expect(partner.textContent).toContain("60%");
    expect(partner.textContent).toContain("−26 pp");
    expect(partner.textContent).toContain("Significant");
    const age = rows[2]!;
    expect(within(age).queryByRole("link")).toBeNull();
    expect(age.textContent).toContain("age ∈ [30, 40)");
    expect(age.textContent).toContain("Not significant");
    expect(screen.getByRole("columnheader", { name: /In baseline/ })).toBeTruthy();
  });

  it("compares shares for a traffic shift, without a separate baseline column", () => {
    renderTable("drift");
    expect(screen.getByRole("columnheader", { name: /Share now/ })).toBeTruthy();
    expect(screen.queryByRole("columnheader", { name: /In baseline/ })).toBeNull();
  });
});
