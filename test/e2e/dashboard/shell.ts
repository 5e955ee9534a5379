import { expect, it } from "vitest";
import { type Dashboard, DEMO_MODEL } from "./harness.js";

/** Sign-in, sign-out and the shell around the views. */
export function shellTests(get: () => Dashboard): void {
  it("rejects a wrong key with a message, then signs in and out with the demo's key", async () => {
    const d = get();
    const context = await d.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${d.url}/`);
    await page.getByLabel("API key").fill("not-a-real-key-000000");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("not valid");
    await page.getByLabel("API key").fill(d.key);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByLabel("API key").waitFor();
    await context.close();
  });

  it("opens a model view from a link with its state in the URL, and back/forward walk through views", async () => {
    const d = get();
    const page = await d.open(`/models/${DEMO_MODEL}?range=30d&interval=1d`);
    await expect.poll(() => page.locator("#main h1").first().textContent()).toContain(DEMO_MODEL);
    await expect(await page.getByLabel("Range").inputValue()).toBe("30d");
    await page.getByRole("link", { name: "Drift", exact: true }).click();
    await page.waitForURL(/\/drift\?range=30d&interval=1d/);
    await page.getByLabel("Range").selectOption("7d");
    await page.waitForURL(/range=7d/);
    await page.goBack();
    await page.waitForURL(/range=30d/);
    expect(await page.getByLabel("Range").inputValue()).toBe("30d");
    await page.goBack();
    await page.waitForURL((u) => u.pathname === `/models/${DEMO_MODEL}`);
    await page.goForward();
    await page.waitForURL(/\/drift/);
    await page.context().close();
  });
}
