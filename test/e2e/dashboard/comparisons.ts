import { expect, it } from "vitest";
import type { Comparison } from "../../../packages/web/src/api/types.js";
import { formatMetric } from "../../../packages/web/src/format/format.js";
import { type Dashboard, DEMO_MODEL } from "./harness.js";

const base = `/api/v1/models/${DEMO_MODEL}/comparisons`;

/** The comparison page: a comparison started by hand, followed until done, and its replay of the demo's week. */
export function comparisonsTests(get: () => Dashboard): void {
  let id: string | undefined;

  it("follows a comparison started by hand until done, then shows the replay of served against challenger", async () => {
    const d = get();
    const started = await d.api<Comparison>("POST", base, { candidate: "challenger", baseline: "champion" });
    expect(started).toMatchObject({ candidate: "v2", baseline: "v1", status: "pending", trigger: null });
    id = started.id;
    // Opened while pending: the page must poll its way to the result by itself.
    const page = await d.open(`/models/${DEMO_MODEL}/comparisons/${started.id}`);
    await page.getByTestId("comparison-summary").waitFor();
    let done = started;
    await expect
      .poll(
        async () => {
          done = await d.api<Comparison>("GET", `${base}/${started.id}`);
          return done.status;
        },
        { timeout: 60_000, interval: 500 },
      )
      .toBe("done");
    expect(done.replay, done.replayNote ?? "").not.toBeNull();
    const served = done.replay!.served.metrics?.accuracy as number;
    const candidate = done.replay!.candidate.metrics?.accuracy as number;
    expect(served).toBeGreaterThan(0.5);
    expect(candidate).toBeGreaterThan(0.5);

    const replay = page.getByTestId("comparison-replay");
    await replay.waitFor({ timeout: 15_000 });
    const cells = replay.locator("tbody tr").filter({ hasText: "Accuracy" }).first().locator("td");
    expect(await cells.nth(1).textContent()).toBe(formatMetric("accuracy", served));
    expect(await cells.nth(2).textContent()).toBe(formatMetric("accuracy", candidate));
    expect(await replay.locator("thead").textContent()).toContain("Candidate v2 (challenger)");
    const view = (await page.getByTestId("comparison-view").textContent()) ?? "";
    expect(view).toContain("Comparison: v2 vs v1");
    expect(view).toContain("v1 (champion)");
    expect(view).toContain("Started by hand");
    expect(await page.getByTestId("comparison-status").textContent()).toBe("done");
    const benchmark = page.getByTestId("comparison-benchmark");
    expect(await benchmark.locator("tbody tr").filter({ hasText: "Accuracy" }).count()).toBe(1);
    await page.getByTestId("comparison-business-table").locator("tbody tr").first().waitFor();
    await d.screenshot(page, "comparison");
    await page.context().close();
  }, 120_000);

  it("shows a missing comparison as an error, not a blank page", async () => {
    const d = get();
    const page = await d.open(`/models/${DEMO_MODEL}/comparisons/no-such-comparison`);
    await expect
      .poll(() => page.getByTestId("comparison-view").getByRole("alert").textContent())
      .toContain("Could not load");
    await page.context().close();
  });

  it("fits a 390 px phone without sideways scrolling", async () => {
    const d = get();
    expect(id, "the first test started a comparison").toBeDefined();
    const context = await d.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${d.url}/models/${DEMO_MODEL}/comparisons/${id}`);
    await page.getByLabel("API key").fill(d.key);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("comparison-replay").locator("tbody tr").first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await d.screenshot(page, "comparison-phone");
    await context.close();
  });
}
