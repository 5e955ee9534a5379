import { expect, it } from "vitest";
import { formatMetric } from "../../../packages/web/src/format/format.js";
import { type Dashboard, DEMO_MODEL } from "./harness.js";

interface CompareSide {
  readonly requested: string;
  readonly version: string;
  readonly metrics: { readonly accuracy: number | null } | null;
}

const base = `/api/v1/models/${DEMO_MODEL}`;

/** The version registry, aliases and their history, moving an alias, and comparing two versions. */
export function versionsTests(get: () => Dashboard): void {
  it("lists the demo's versions and aliases, and compares champion with challenger as the API does", async () => {
    const d = get();
    const from = new Date(Date.now() - 31 * 86_400_000).toISOString();
    const to = new Date(Date.now() + 60_000).toISOString();
    const page = await d.open(`/models/${DEMO_MODEL}/versions?from=${from}&to=${to}`);
    const registry = page.getByTestId("versions-registry");
    await registry.locator('tr[data-version="v1"]').waitFor();
    expect(await registry.locator('tr[data-version="v2"]').textContent()).toContain("challenger");
    expect(await registry.locator('tr[data-version="v1"]').textContent()).toContain("champion");
    const aliases = page.getByTestId("aliases-table");
    expect(await aliases.locator("tbody tr").filter({ hasText: "champion" }).textContent()).toContain("v1");
    expect(await aliases.locator("tbody tr").filter({ hasText: "challenger" }).textContent()).toContain("v2");
    await expect.poll(() => page.getByTestId("alias-history").textContent()).toContain("created at v1");

    const compare = await d.api<{ a: CompareSide; b: CompareSide }>(
      "GET",
      `${base}/compare?a=champion&b=challenger&from=${from}&to=${to}`,
    );
    const table = page.getByTestId("compare-table");
    const accuracy = table.locator('tr[data-metric="accuracy"]');
    await accuracy.waitFor();
    const head = await table.locator("thead").textContent();
    expect(head).toContain("A: champion (v1)");
    expect(head).toContain("B: challenger (v2)");
    for (const side of ["a", "b"] as const) {
      const cell = accuracy.locator(`td[data-side="${side}"][data-kind="production"]`);
      expect(await cell.textContent()).toBe(
        formatMetric("accuracy", compare[side].metrics?.accuracy ?? null),
      );
      const benchmark = accuracy.locator(`td[data-side="${side}"][data-kind="benchmark"]`);
      expect(await benchmark.textContent()).toMatch(/^\d+(\.\d)?%$/);
    }
    await page.getByTestId("compare-distributions").locator("canvas").first().waitFor();
    await page.getByTestId("compare-traffic").locator("canvas").first().waitFor();
    await page.getByTestId("compare-predictions").locator("canvas").first().waitFor();
    await d.screenshot(page, "versions");

    await page.getByLabel("Compare A", { exact: true }).selectOption("v2");
    await page.waitForURL(/[?&]a=v2/);
    await expect.poll(() => table.locator("thead").textContent()).toContain("A: v2");
    await page.getByRole("button", { name: "Swap" }).click();
    await page.waitForURL(/[?&]a=challenger/);
    await expect.poll(() => table.locator("thead").textContent()).toContain("B: v2");
    await page.context().close();
  });

  it("creates an alias in the UI, moves it only after confirmation, and shows the move in its history", async () => {
    const d = get();
    const page = await d.open(`/models/${DEMO_MODEL}/versions`);
    const move = page.getByTestId("alias-move");
    try {
      await move.getByLabel("Alias").fill("canary");
      await move.getByLabel("Target version").selectOption("v1");
      await move.getByRole("button", { name: "Point alias…" }).click();
      await expect.poll(() => move.textContent()).toContain("Create the alias canary pointing at v1.");
      await move.getByRole("button", { name: "Confirm: create canary" }).click();
      await page.waitForURL(/[?&]alias=canary/);
      const row = page.getByTestId("aliases-table").locator("tbody tr").filter({ hasText: "canary" });
      await expect.poll(() => row.textContent()).toContain("v1");

      // From the registry: "Point an alias here…" on v2 sets the target; cancelling leaves the alias alone.
      await page
        .getByTestId("versions-registry")
        .locator('tr[data-version="v2"]')
        .getByRole("button", { name: "Point an alias here…" })
        .click();
      expect(await move.getByLabel("Target version").inputValue()).toBe("v2");
      await move.getByRole("button", { name: "Point alias…" }).click();
      await expect.poll(() => move.textContent()).toContain("Move canary from v1 to v2");
      await move.getByRole("button", { name: "Cancel" }).click();
      expect((await d.api<{ version: string }>("GET", `${base}/aliases/canary`)).version).toBe("v1");

      await move.getByRole("button", { name: "Point alias…" }).click();
      await move.getByRole("button", { name: "Confirm: move canary" }).click();
      const history = page.getByTestId("alias-history");
      await expect.poll(() => history.textContent()).toContain("moved v1 → v2");
      expect(await history.locator("tbody tr").count()).toBe(2);
      expect(await history.locator("tbody tr").first().textContent()).toContain("moved v1 → v2");
      await expect.poll(() => row.textContent()).toContain("v2");
      expect((await d.api<{ version: string }>("GET", `${base}/aliases/canary`)).version).toBe("v2");
      expect((await d.api<{ version: string }>("GET", `${base}/aliases/champion`)).version).toBe("v1");
    } finally {
      await d.api("DELETE", `${base}/aliases/canary`).catch(() => undefined);
      await page.context().close();
    }
  });
}
