import type { Page, Request } from "playwright-core";
import { expect, it } from "vitest";
import { formatCount, formatMetric, formatPercent } from "../../../packages/web/src/format/format.js";
import { type Dashboard, DEMO_MODEL } from "./harness.js";

interface Segments {
  readonly segments: readonly {
    readonly column: string;
    readonly values: readonly { readonly value: string; readonly metrics: Record<string, number | null> }[];
  }[];
}

interface Group {
  readonly group: string;
  readonly count: number;
  readonly accuracy: number | null;
  readonly tpr: number | null;
  readonly selectionRate: number | null;
}

interface GroupsAnswer {
  readonly fairness: readonly { readonly attribute: string; readonly groups: readonly Group[] }[];
}

/** The window of the page's latest request to `path`: the live window moves, so the API is asked for the same one. */
export function latestWindow(page: Page, path: string): () => string | undefined {
  let latest: string | undefined;
  page.on("request", (request: Request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith(path))
      latest = `from=${url.searchParams.get("from")}&to=${url.searchParams.get("to")}`;
  });
  return () => latest;
}

/** The text of one column (by its header) in each body row of a table, keyed by the row's first cell. */
async function columnByRow(page: Page, testId: string, header: string): Promise<Record<string, string>> {
  const table = page.getByTestId(testId);
  const headers = await table.locator("thead th").allTextContents();
  const index = headers.findIndex((h) => h.includes(header));
  const rows = await table.locator("tbody tr").all();
  const out: Record<string, string> = {};
  for (const row of rows) {
    const cells = row.locator("td");
    out[(await cells.first().textContent()) ?? ""] = (await cells.nth(index).textContent()) ?? "";
  }
  return out;
}

/** Performance: metrics with label coverage and benchmark, the confusion matrix, and the per-segment table. */
export function performanceTests(get: () => Dashboard): void {
  it("charts accuracy with label coverage, the confusion matrix and the reliability curve of a 30-day window", async () => {
    const d = get();
    const page = await d.open(`/models/${DEMO_MODEL}/performance?range=30d`);
    for (const panel of ["metric-accuracy", "coverage-panel", "confusion-panel"]) {
      await page.getByTestId(panel).locator("canvas").first().waitFor();
    }
    expect(await page.getByTestId("metric-accuracy").textContent()).toContain("Accuracy");
    expect(await page.getByTestId("confusion-panel").textContent()).toContain("Current window");
    await page.getByTestId("calibration-table").waitFor();
    expect(await page.getByTestId("calibration-table").textContent()).toContain("Brier score");
    await page.getByTestId("reliability-chart").locator("canvas").first().waitFor();
    await d.screenshot(page, "performance");
    await page.context().close();
  });

  it("shows each channel's accuracy as /segments gives it; picking a metric adds a column and a value filters the view", async () => {
    const d = get();
    const page = await d.open(`/models/${DEMO_MODEL}/performance?range=30d`);
    const window = latestWindow(page, "/segments");
    // Picking a metric adds its chart, goes into the URL, and asks /segments again (so its window is known).
    // A click, not check(): the box follows the URL, which the router updates a moment after the click.
    await page.getByLabel("Recall").click();
    await page.waitForURL(/metrics=accuracy(%2C|,)recall/);
    await expect.poll(() => page.getByLabel("Recall").isChecked()).toBe(true);
    await page.getByTestId("metric-recall").locator("canvas").first().waitFor();
    await page.getByTestId("segment-table-channel").locator("tbody tr").first().waitFor();
    const expected = async () => {
      const answer = await d.api<Segments>(
        "GET",
        `/api/v1/models/${DEMO_MODEL}/segments?${window()}&metrics=count,labelCoverage,accuracy&limit=20`,
      );
      const channel = answer.segments.find((s) => s.column === "channel")!;
      return Object.fromEntries(
        channel.values.map((v) => [v.value, formatMetric("accuracy", v.metrics.accuracy)]),
      );
    };
    await expect
      .poll(async () => JSON.stringify(await columnByRow(page, "segment-table-channel", "Accuracy")), {
        timeout: 10_000,
      })
      .toBe(JSON.stringify(await expected()));
    expect(Object.keys(await expected())).toContain("partner");
    expect(await page.getByTestId("segment-table-channel").locator("thead").textContent()).toContain(
      "Recall",
    );

    await page
      .getByTestId("segment-table-channel")
      .getByRole("button", { name: "partner", exact: true })
      .click();
    await page.waitForURL(/segment=channel(%3A|:)partner/);
    await expect.poll(() => page.getByTestId("segment-table-channel").textContent()).toContain("(filtered)");
    await page.getByRole("link", { name: /sex in the fairness view/ }).click();
    await page.waitForURL(/\/fairness\?.*attribute=sex/);
    expect(page.url()).toContain("range=30d");
    await page.context().close();
  });

  it("shows each group of every sensitive attribute with the report's accuracy, TPR and selection rate", async () => {
    const d = get();
    const model = await d.api<{ sensitive: string[]; segments: string[] }>(
      "GET",
      `/api/v1/models/${DEMO_MODEL}`,
    );
    expect(model.sensitive.length).toBeGreaterThan(0);
    expect(model.segments).toContain("channel");
    const page = await d.open(`/models/${DEMO_MODEL}/performance?range=30d`);
    const window = latestWindow(page, "/report");
    // Reload so the page's report request (and so its window) is seen; the key stays for the browser session.
    await page.reload();
    for (const attribute of model.sensitive) {
      await page.getByTestId(`group-table-${attribute}`).locator("tbody tr").first().waitFor();
    }
    const expected = async (attribute: string, pick: (g: Group) => string) => {
      const report = await d.api<GroupsAnswer>("GET", `/api/v1/models/${DEMO_MODEL}/report?${window()}`);
      const groups = report.fairness.find((f) => f.attribute === attribute)?.groups ?? [];
      return JSON.stringify(Object.fromEntries(groups.map((g) => [g.group, pick(g)])));
    };
    const columns: [string, (g: Group) => string][] = [
      ["Rows", (g) => formatCount(g.count)],
      ["Accuracy", (g) => formatPercent(g.accuracy)],
      ["Recall (TPR)", (g) => formatPercent(g.tpr)],
      ["Selection rate", (g) => formatPercent(g.selectionRate)],
    ];
    for (const attribute of model.sensitive) {
      for (const [header, pick] of columns) {
        await expect
          .poll(async () => JSON.stringify(await columnByRow(page, `group-table-${attribute}`, header)), {
            timeout: 10_000,
          })
          .toBe(await expected(attribute, pick));
      }
    }
    await page.context().close();
  });

  it("fits a 390 px phone without horizontal scrolling", async () => {
    const d = get();
    const context = await d.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${d.url}/models/${DEMO_MODEL}/performance?range=30d`);
    await page.getByLabel("API key").fill(d.key);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("confusion-panel").locator("canvas").first().waitFor();
    await page.getByTestId("segment-table-channel").waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
}
