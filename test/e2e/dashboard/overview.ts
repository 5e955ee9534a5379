import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { type Dashboard, DEMO_MODEL } from "./harness.js";

interface StoredPrediction {
  readonly version: string;
  readonly features: Record<string, unknown>;
  readonly prediction: string;
  readonly score: number | null;
  readonly segment?: Record<string, string | null>;
  readonly segments?: Record<string, string | null>;
}

const count = (text: string | null) => Number((text ?? "").replace(/[^0-9]/g, ""));

/** The models list, a model's overview, and a live update arriving without a reload. */
export function overviewTests(get: () => Dashboard): void {
  it("lists the demo's model with its health", async () => {
    const d = get();
    const page = await d.open("/");
    const row = page.getByTestId("models-table").locator("tbody tr").filter({ hasText: DEMO_MODEL });
    await row.waitFor();
    const summary = await d.api<{ models: { name: string; status: string; alertsFiring: number }[] }>(
      "GET",
      "/api/v1/summary",
    );
    const demo = summary.models.find((m) => m.name === DEMO_MODEL)!;
    const text = await row.textContent();
    expect(text).toContain(
      { critical: "Critical", warning: "Warning", ok: "Healthy", "no-data": "No data" }[demo.status],
    );
    await d.screenshot(page, "models");
    await row.getByRole("link", { name: DEMO_MODEL }).click();
    await page.waitForURL(new RegExp(`/models/${DEMO_MODEL}$`));
    await page.context().close();
  });

  it("shows the window's totals as the report computes them, with charts per version", async () => {
    const d = get();
    const from = new Date(Date.now() - 31 * 86_400_000).toISOString();
    const to = new Date(Date.now() + 60_000).toISOString();
    const page = await d.open(`/models/${DEMO_MODEL}?from=${from}&to=${to}`);
    const report = await d.api<{ current: { rows: number } }>(
      "GET",
      `/api/v1/models/${DEMO_MODEL}/report?from=${from}&to=${to}`,
    );
    const stats = page.getByTestId("overview-stats");
    await stats.waitFor();
    expect(count(await stats.locator(".stat .value").first().textContent())).toBe(report.current.rows);
    await page.getByTestId("overview-traffic").locator("canvas").first().waitFor();
    await page.getByTestId("overview-performance").locator("canvas").first().waitFor();
    expect(await page.getByTestId("overview-traffic").textContent()).not.toContain("Could not load");
    await d.screenshot(page, "overview");
    // The window's report, downloaded as telltale report would write it.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "HTML" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${DEMO_MODEL}-report-.*\\.html$`));
    const saved = await readFile((await download.path())!, "utf8");
    expect(saved).toContain("telltale-report-data");
    const [json] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "JSON" }).click(),
    ]);
    expect(JSON.parse(await readFile((await json.path())!, "utf8")).current.rows).toBe(report.current.rows);
    await page.context().close();
  });

  it("updates a live view when predictions arrive, without a reload", async () => {
    const d = get();
    const page = await d.open(`/models/${DEMO_MODEL}?range=1h`);
    await expect
      .poll(() => page.getByTestId("live-indicator").textContent(), { timeout: 15_000 })
      .toContain("Live");
    const first = page.getByTestId("overview-stats").locator(".stat .value").first();
    await first.waitFor();
    const before = count(await first.textContent());
    const sample = await d.api<StoredPrediction>(
      "GET",
      `/api/v1/models/${DEMO_MODEL}/predictions/adult-000001`,
    );
    const records = Array.from({ length: 25 }, (_, i) => ({
      id: `live-${Date.now()}-${i}`,
      version: sample.version,
      timestamp: new Date().toISOString(),
      features: sample.features,
      prediction: sample.prediction,
      ...(sample.score !== null ? { score: sample.score } : {}),
    }));
    let navigations = 0;
    page.on("framenavigated", () => navigations++);
    await d.api("POST", `/api/v1/models/${DEMO_MODEL}/predictions`, { records });
    // The window ends now and moves on, so a few of its oldest rows may leave it while the 25 arrive.
    await expect
      .poll(async () => count(await first.textContent()), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(before + 20);
    expect(navigations).toBe(0);
    await d.screenshot(page, "overview-live");
    await page.context().close();
  });
}
