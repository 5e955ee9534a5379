import { expect, it } from "vitest";
import { formatMetric, formatPercent } from "../../../packages/web/src/format/format.js";
import { type Dashboard, DEMO_MODEL } from "./harness.js";

const window = () => {
  const to = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 60_000).toISOString();
  const from = new Date(Date.parse(to) - 30 * 86_400_000).toISOString();
  return { from, to, query: `from=${from}&to=${to}` };
};

/** Performance (metrics, confusion matrix, segments) and fairness (groups, four-fifths rule) against the API. */
export function performanceTests(get: () => Dashboard): void {
  it("charts the chosen metrics with label coverage, the confusion matrix, and each channel's accuracy as /segments gives it", async () => {
    const d = get();
    const w = window();
    const page = await d.open(`/models/${DEMO_MODEL}/performance?${w.query}`);
    await page.getByTestId("metric-accuracy").locator("canvas").first().waitFor();
    await page.getByTestId("confusion-panel").locator("canvas").first().waitFor();
    await page.getByTestId("coverage-panel").locator("canvas").first().waitFor();
    // Picking a metric adds its chart and goes into the URL.
    await page.getByLabel("Recall").check();
    await page.waitForURL(/metrics=accuracy%2Crecall|metrics=accuracy,recall/);
    await page.getByTestId("metric-recall").locator("canvas").first().waitFor();

    const segments = await d.api<{
      segments: { column: string; values: { value: string; metrics: Record<string, number | null> }[] }[];
    }>(
      "GET",
      `/api/v1/models/${DEMO_MODEL}/segments?${w.query}&metrics=count,labelCoverage,accuracy,recall,f1,rocAuc,ece`,
    );
    const channel = segments.segments.find((s) => s.column === "channel")!;
    const table = page.getByTestId("segment-table-channel");
    await table.waitFor();
    for (const value of channel.values) {
      const row = table.locator("tbody tr").filter({ hasText: value.value });
      await expect
        .poll(() => row.textContent())
        .toContain(formatMetric("accuracy", value.metrics.accuracy ?? null));
    }
    // A segment value filters the whole view.
    const partner = table.getByRole("button", { name: "partner" });
    await partner.click();
    await page.waitForURL(/segment=channel%3Apartner|segment=channel:partner/);
    await d.screenshot(page, "performance");
    await page.context().close();
  });

  it("shows each group of the first sensitive attribute with the report's selection rate and the four-fifths verdict", async () => {
    const d = get();
    const w = window();
    const model = await d.api<{ sensitive: string[] }>("GET", `/api/v1/models/${DEMO_MODEL}`);
    const attribute = model.sensitive[0]!;
    const report = await d.api<{
      fairness: {
        attribute: string;
        fourFifthsRule: boolean | null;
        groups: { group: string; selectionRate: number | null }[];
      }[];
    }>("GET", `/api/v1/models/${DEMO_MODEL}/report?${w.query}`);
    const expected = report.fairness.find((f) => f.attribute === attribute)!;
    const page = await d.open(`/models/${DEMO_MODEL}/fairness?${w.query}`);
    const table = page.getByTestId("fairness-table");
    await table.waitFor();
    for (const group of expected.groups) {
      const row = table
        .locator("tbody tr")
        .filter({ has: page.getByRole("cell", { name: group.group, exact: true }) });
      expect(await row.textContent()).toContain(formatPercent(group.selectionRate));
    }
    const verdict = await page.getByTestId("fairness-groups").textContent();
    expect(verdict).toContain(
      expected.fourFifthsRule === null ? "not computable" : expected.fourFifthsRule ? "passes" : "fails",
    );
    await page.getByTestId("fairness-ratio").locator("canvas").first().waitFor();
    expect(await page.getByTestId("fairness-gaps").textContent()).not.toContain("Could not load");
    await d.screenshot(page, "fairness");
    await page.context().close();
  });
}
