import { expect, it } from "vitest";
import { type Dashboard, DEMO_MODEL } from "./harness.js";

interface StoredPrediction {
  readonly id: string;
  readonly version: string;
  readonly prediction: string | number;
  readonly label: string | number | null;
  readonly features: Readonly<Record<string, string | number | null>>;
}

/** Looking up one prediction by id: its outcome and inputs, an unknown id, and a phone-width screen. */
export function lookupTests(get: () => Dashboard): void {
  it("shows a demo prediction by id with its version and inputs, and names an unknown id", async () => {
    const d = get();
    // The demo's ids are `adult-` and a six-digit sequence number (packages/server/src/demo/traffic-plan.ts).
    const id = "adult-000042";
    const stored = await d.api<StoredPrediction>("GET", `/api/v1/models/${DEMO_MODEL}/predictions/${id}`);
    const page = await d.open(`/models/${DEMO_MODEL}/lookup?id=${id}`);
    const panel = page.getByTestId("lookup-prediction");
    const field = (name: string) => panel.locator(`[data-field="${name}"] .value`);
    await field("version").waitFor();
    expect(await panel.locator("h2").textContent()).toBe(`Prediction ${id}`);
    expect(await field("version").textContent()).toBe(stored.version);
    expect(await field("prediction").textContent()).toBe(String(stored.prediction));
    expect(await field("label").textContent()).toBe(stored.label === null ? "—" : String(stored.label));
    expect(await page.getByLabel("Prediction id").inputValue()).toBe(id);
    const age = page.getByTestId("lookup-features").locator('article[data-feature="age"]');
    expect(await age.textContent()).toContain(`value ${stored.features.age}`);
    expect(await page.getByTestId("lookup-flags").textContent()).not.toContain("Could not load");
    // Placed in the reference by the server's prediction context: a percentile, not the fallback's apology.
    const context = await d.api<{
      features: { name: string; reference: { numerical?: { percentile: number } } | null }[];
    }>("GET", `/api/v1/models/${DEMO_MODEL}/predictions/${id}/context`);
    const agePercentile = context.features.find((f) => f.name === "age")!.reference!.numerical!.percentile;
    expect(await age.textContent()).toContain("percentile");
    expect(await age.textContent()).not.toContain("does not offer");
    expect(agePercentile).toBeGreaterThan(0);
    await d.screenshot(page, "lookup");

    await page.getByLabel("Prediction id").fill("no-such-prediction-1");
    await page.getByRole("button", { name: "Look up" }).click();
    await page.waitForURL(/[?&]id=no-such-prediction-1/);
    await expect
      .poll(() => page.getByTestId("lookup-not-found").textContent())
      .toContain("No prediction with id “no-such-prediction-1”");

    await page.getByLabel("Prediction id").fill("");
    await page.getByRole("button", { name: "Look up" }).click();
    await page.waitForURL((u) => !u.searchParams.has("id"));
    await expect.poll(() => page.getByTestId("lookup-not-found").count()).toBe(0);
    expect(await page.getByTestId("lookup-prediction").count()).toBe(0);
    await page.goBack();
    await page.getByTestId("lookup-not-found").waitFor();
    await page.context().close();
  });

  it("fits a 390 px phone without sideways scrolling, on the lookup and versions views", async () => {
    const d = get();
    const context = await d.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${d.url}/models/${DEMO_MODEL}/lookup?id=adult-000042`);
    await page.getByLabel("API key").fill(d.key);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("lookup-prediction").locator('[data-field="version"]').waitFor();
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole("link", { name: "Versions", exact: true }).click();
    await page.getByTestId("compare-table").waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await context.close();
  });
}
