import { expect, it } from "vitest";
import { formatPercent } from "../../../packages/web/src/format/format.js";
import { type Dashboard, DEMO_MODEL } from "./harness.js";
import { latestWindow } from "./performance.js";

interface FairnessAnswer {
  readonly fairness: readonly {
    readonly attribute: string;
    readonly fourFifthsRule: boolean | null;
    readonly groups: readonly { readonly group: string; readonly selectionRate: number | null }[];
  }[];
}

/** Fairness: groups of a sensitive attribute against the report, the four-fifths verdict, and the charts over time. */
export function fairnessTests(get: () => Dashboard): void {
  it("shows each group of the first sensitive attribute with the report's selection rate and the four-fifths verdict", async () => {
    const d = get();
    const model = await d.api<{ sensitive: string[]; task: string }>("GET", `/api/v1/models/${DEMO_MODEL}`);
    expect(model.task).toBe("binary");
    const attribute = model.sensitive[0]!;
    const page = await d.open(`/models/${DEMO_MODEL}/fairness?range=30d`);
    const window = latestWindow(page, "/report");
    // Reload so the page's report request (and so its window) is seen; the key stays for the browser session.
    await page.reload();
    const table = page.getByTestId("fairness-table");
    await table.locator("tbody tr").first().waitFor();
    expect(await page.getByLabel("Sensitive attribute").inputValue()).toBe(attribute);

    const report = await d.api<FairnessAnswer>("GET", `/api/v1/models/${DEMO_MODEL}/report?${window()}`);
    const expected = report.fairness.find((f) => f.attribute === attribute)!;
    expect(expected.groups.length).toBeGreaterThan(1);
    for (const group of expected.groups) {
      const row = table
        .locator("tbody tr")
        .filter({ has: page.getByRole("cell", { name: group.group, exact: true }) });
      const cells = await row.locator("td").allTextContents();
      // Group, rows, selection rate, …
      expect(cells[2]).toBe(formatPercent(group.selectionRate));
    }
    const verdict =
      expected.fourFifthsRule === null
        ? "Four-fifths rule: not computable"
        : `Four-fifths rule ${expected.fourFifthsRule ? "passes" : "fails"}`;
    expect(await page.getByTestId("fairness-groups").textContent()).toContain(verdict);
    for (const panel of ["fairness-gaps", "fairness-ratio", "fairness-rates"]) {
      await page.getByTestId(panel).locator("canvas").first().waitFor();
    }
    await d.screenshot(page, "fairness");

    // The second attribute is one select away, and the choice lives in the URL.
    const second = model.sensitive[1];
    if (second !== undefined) {
      await page.getByLabel("Sensitive attribute").selectOption(second);
      await page.waitForURL(new RegExp(`attribute=${second}`));
      await expect
        .poll(() => page.getByTestId("fairness-groups").textContent())
        .toContain(`Groups of ${second}`);
    }
    await page.context().close();
  });

  it("fits a 390 px phone without horizontal scrolling", async () => {
    const d = get();
    const context = await d.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${d.url}/models/${DEMO_MODEL}/fairness?range=30d`);
    await page.getByLabel("API key").fill(d.key);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("fairness-table").locator("tbody tr").first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
}
