import { expect, it } from "vitest";
import { formatCount } from "../../../packages/web/src/format/format";
import { type Dashboard, DEMO_MODEL } from "./harness.js";

interface QualityReport {
  readonly quality: { readonly columns: readonly { readonly column: string; readonly outOfRange: number }[] };
}

/** The data-quality view: a row per feature as the report counts it, problems first, one feature's shares. */
export function qualityTests(get: () => Dashboard): void {
  it("shows a row per feature with the report's counts, problems first, and a feature's shares over time", async () => {
    const d = get();
    const from = new Date(d.demo.driftFrom).toISOString();
    const to = new Date(d.demo.driftTo).toISOString();
    const query = `from=${from}&to=${to}`;
    const [model, report] = await Promise.all([
      d.api<{ features: { name: string }[] }>("GET", `/api/v1/models/${DEMO_MODEL}`),
      d.api<QualityReport>("GET", `/api/v1/models/${DEMO_MODEL}/report?${query}`),
    ]);
    const page = await d.open(`/models/${DEMO_MODEL}/quality?${query}`);
    const table = page.getByTestId("quality-table");
    await table.locator("tbody tr").first().waitFor();
    const names = await table.locator(".quality-column-name").allTextContents();
    for (const feature of model.features) expect(names).toContain(feature.name);

    // The episode scales hours-per-week by 1.6: values above the reference's maximum, a problem listed first.
    const hours = report.quality.columns.find((c) => c.column === "hours-per-week")!;
    expect(hours.outOfRange).toBeGreaterThan(0);
    const firstRow = table.locator("tbody tr").first();
    expect(await firstRow.textContent()).not.toContain("OK");
    const hoursRow = table.locator("tbody tr").filter({
      has: page.locator(".quality-column-name", { hasText: /^hours-per-week$/ }),
    });
    expect(await hoursRow.textContent()).toContain("out of range");
    expect(await hoursRow.textContent()).toContain(formatCount(hours.outOfRange));
    expect(await page.getByTestId("quality-type-errors").textContent()).toContain("rejected at ingest");
    await d.screenshot(page, "quality");

    await hoursRow.click();
    await page.waitForURL((u) => u.searchParams.get("feature") === "hours-per-week");
    const panel = page.getByTestId("quality-feature");
    await panel.getByTestId("quality-feature-chart").waitFor();
    expect(await panel.locator("h2").textContent()).toBe("Data quality of hours-per-week over time");
    // The out-of-range share per bucket comes beside the missing share (feature.<f>.outOfRangeShare).
    expect(await panel.getByTestId("quality-feature-chart").getAttribute("aria-label")).toContain(
      "out-of-range share",
    );
    expect(await page.getByTestId("quality-unsupported").count()).toBe(0);
    await page.context().close();
  });
}
