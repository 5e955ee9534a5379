import { expect, it } from "vitest";
import { formatNumber } from "../../../packages/web/src/format/format";
import { type Dashboard, DEMO_MODEL } from "./harness.js";

interface DriftReport {
  readonly drift: {
    readonly columns: readonly {
      readonly column: string;
      readonly role: string;
      readonly statistic: number | null;
      readonly drifted: boolean;
    }[];
  };
}

/** The demo's drift episode as a fixed window: the days the demo prints, as ISO instants. */
function episode(d: Dashboard): { from: string; to: string; query: string } {
  const from = new Date(d.demo.driftFrom).toISOString();
  const to = new Date(d.demo.driftTo).toISOString();
  return { from, to, query: `from=${from}&to=${to}` };
}

/** The drift view: severity order against the report, selecting a feature, a link to one, a phone screen. */
export function driftTests(get: () => Dashboard): void {
  it("lists a drifted feature of the demo's episode first with the report's statistic, and selects features", async () => {
    const d = get();
    const { query } = episode(d);
    const report = await d.api<DriftReport>("GET", `/api/v1/models/${DEMO_MODEL}/report?${query}`);
    const page = await d.open(`/models/${DEMO_MODEL}/drift?${query}`);
    const rows = page.getByTestId("drift-table").locator("tbody tr");
    await rows.first().waitFor();
    const name = (await rows.first().locator(".drift-column-name").textContent()) ?? "";
    expect(d.demo.driftFeatures).toContain(name);
    const expected = report.drift.columns.find((c) => c.column === name)!;
    expect(expected.drifted).toBe(true);
    expect(await rows.first().locator('[data-field="statistic"]').textContent()).toBe(
      formatNumber(expected.statistic),
    );
    expect(await rows.first().textContent()).toContain("Drifted");
    expect(await rows.count()).toBe(
      report.drift.columns.filter((c) => ["feature", "prediction", "score"].includes(c.role)).length,
    );
    await page.getByTestId("drift-share").locator("canvas").first().waitFor();
    expect(await page.getByTestId("drift-summary").textContent()).toContain("features drifted");

    await rows.first().click();
    await page.waitForURL((u) => u.searchParams.get("feature") === name);
    const distribution = page.getByTestId("drift-feature-distribution");
    await distribution.getByTestId("drift-distribution-chart").waitFor();
    expect(await distribution.locator("h2").textContent()).toBe(`Distribution of ${name}`);
    await page.getByTestId("drift-feature-over-time").getByTestId("drift-feature-chart").waitFor();
    expect(await rows.first().getAttribute("aria-selected")).toBe("true");
    await d.screenshot(page, "drift");

    // Keyboard: a categorical feature's row, chosen with Enter, shows its bars.
    const education = rows.filter({ has: page.locator(".drift-column-name", { hasText: /^education$/ }) });
    await education.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.searchParams.get("feature") === "education");
    await expect.poll(() => distribution.locator("h2").textContent()).toBe("Distribution of education");
    await distribution.getByTestId("drift-distribution-chart").waitFor();
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get("feature") === name);
    await page.context().close();
  });

  it("opens a link to one feature's drift directly, and fits a phone screen", async () => {
    const d = get();
    const { query } = episode(d);
    const feature = d.demo.driftFeatures[d.demo.driftFeatures.length - 1]!;
    const context = await d.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${d.url}/models/${DEMO_MODEL}/drift?${query}&feature=${encodeURIComponent(feature)}`);
    await page.getByLabel("API key").fill(d.key);
    await page.getByRole("button", { name: "Sign in" }).click();
    const distribution = page.getByTestId("drift-feature-distribution");
    await distribution.getByTestId("drift-distribution-chart").waitFor();
    expect(await distribution.locator("h2").textContent()).toBe(`Distribution of ${feature}`);
    expect(await page.getByTestId("drift-feature-over-time").textContent()).not.toContain("Could not load");
    const selected = page.getByTestId("drift-table").locator('tbody tr[aria-selected="true"]');
    expect(await selected.locator(".drift-column-name").textContent()).toBe(feature);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await distribution.getByRole("button", { name: /Close/ }).click();
    await page.waitForURL((u) => !u.searchParams.has("feature"));
    await expect.poll(() => distribution.count()).toBe(0);
    await context.close();
  });
}
