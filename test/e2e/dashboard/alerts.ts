import { expect, it } from "vitest";
import { type Dashboard, DEMO_MODEL } from "./harness.js";

interface ApiAlert {
  readonly id: string;
  readonly monitorId: string;
  readonly state: string;
  readonly timeline: readonly { readonly state: string; readonly reason: string }[];
}

const PARTNER = "Partner channel accuracy";

/** The demo's partner-accuracy alert once the scheduler has fired it (it evaluates every 15 s after the replay). */
async function firingPartnerAlert(d: Dashboard): Promise<ApiAlert> {
  const { monitors } = await d.api<{ monitors: { id: string; name: string }[] }>(
    "GET",
    `/api/v1/models/${DEMO_MODEL}/monitors`,
  );
  const monitor = monitors.find((m) => m.name === PARTNER);
  expect(monitor, "the demo's partner monitor").toBeDefined();
  for (let tries = 0; tries < 90; tries++) {
    const { alerts } = await d.api<{ alerts: ApiAlert[] }>(
      "GET",
      `/api/v1/alerts?state=firing&model=${DEMO_MODEL}`,
    );
    const found = alerts.find((a) => a.monitorId === monitor!.id);
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error("the partner accuracy alert did not fire within 90 s");
}

/** Alerts: the demo's firing alert, its timeline, chart and explaining link, silencing it and ending the silence. */
export function alertsTests(get: () => Dashboard): void {
  it("lists the firing partner accuracy alert, shows its timeline and chart, and silences it from the UI", async () => {
    const d = get();
    const alert = await firingPartnerAlert(d);
    const page = await d.open("/alerts?state=firing");
    const row = page.getByTestId("alerts-table").locator("tbody tr", { hasText: PARTNER });
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain("firing");
    expect(text).toContain(DEMO_MODEL);
    expect(text).toContain("critical");
    expect(text).toMatch(/\d+(\.\d+)?% \(< 75%\)/);

    await row.click();
    await page.waitForURL((u) => u.searchParams.get("alert") === alert.id);
    expect(new URL(page.url()).searchParams.get("state")).toBe("firing");
    const timeline = page.getByTestId("alert-timeline");
    await timeline.waitFor();
    expect(await timeline.locator("tbody tr").count()).toBeGreaterThanOrEqual(alert.timeline.length);
    expect(await timeline.textContent()).toContain(alert.timeline[0]!.reason);
    await page.getByTestId("alert-chart").waitFor();
    const explain = page.getByTestId("explain-link");
    const href = new URL((await explain.getAttribute("href"))!, d.url);
    expect(href.pathname).toBe(`/models/${DEMO_MODEL}/performance`);
    expect(href.searchParams.get("segment")).toBe("channel:partner");
    expect(Date.parse(href.searchParams.get("from")!)).toBeLessThan(Date.parse(href.searchParams.get("to")!));
    await expect
      .poll(() => page.getByTestId("alert-deliveries-panel").textContent())
      .not.toContain("Loading");

    await page.getByLabel("Comment").fill("e2e: the partner feed is being fixed");
    await page.getByRole("button", { name: "Silence", exact: true }).click();
    await expect.poll(() => row.textContent()).toContain("silenced");
    await page.getByTestId("silence-state").waitFor();
    const silences = page.getByTestId("silences-table");
    await expect.poll(() => silences.textContent()).toContain(`monitor=${PARTNER}`);
    expect(await silences.textContent()).toContain("e2e: the partner feed is being fixed");
    await d.screenshot(page, "alerts");

    await page.getByRole("button", { name: "End silence now" }).click();
    await expect.poll(() => row.textContent()).not.toContain("silenced");
    await page.getByTestId("silences-panel").getByText("No silences").waitFor();
    await page.context().close();
  });

  it("shows one model's alerts on its tab, follows a link to the selected alert, and fits a phone", async () => {
    const d = get();
    const alert = await firingPartnerAlert(d);
    const context = await d.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${d.url}/models/${DEMO_MODEL}/alerts?alert=${alert.id}`);
    await page.getByLabel("API key").fill(d.key);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("alert-detail").getByText(`Alert: ${PARTNER}`).waitFor();
    const table = page.getByTestId("alerts-table");
    expect(await table.locator("thead").textContent()).not.toContain("Model");
    expect(await table.locator("tr.selected").textContent()).toContain(PARTNER);
    await page.getByLabel("State").selectOption("resolved");
    await page.waitForURL(/state=resolved/);
    // The selected alert stays on screen though the filter leaves it out of the list.
    await page.getByTestId("alert-timeline").waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
}
