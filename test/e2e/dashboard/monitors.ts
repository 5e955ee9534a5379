import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, it } from "vitest";
import { type Dashboard, DEMO_MODEL } from "./harness.js";

interface ApiMonitor {
  readonly id: string;
  readonly name: string;
  readonly metric: string;
  readonly channels: readonly string[];
  readonly condition: Record<string, unknown>;
}

const monitorsOf = async (d: Dashboard) =>
  (await d.api<{ monitors: ApiMonitor[] }>("GET", `/api/v1/models/${DEMO_MODEL}/monitors`)).monitors;

/** A receiver on an ephemeral port that answers 200 and keeps what it got. */
async function startReceiver() {
  const received: { path: string; body: string; signature: string | undefined }[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on("end", () => {
      received.push({
        path: request.url ?? "",
        body,
        signature: request.headers["x-telltale-signature"] as string | undefined,
      });
      response.writeHead(200, { "content-type": "text/plain" });
      response.end("thanks from the e2e receiver");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Monitors and channels: create a monitor in the form, a webhook channel tested against a receiver, a backtest. */
export function monitorsTests(get: () => Dashboard): void {
  it("creates a monitor in the form (the server's objection beside its field), lists it, edits and deletes it", async () => {
    const d = get();
    const page = await d.open(`/models/${DEMO_MODEL}/monitors`);
    const table = page.getByTestId("monitors-table");
    await table.locator("tbody tr", { hasText: "Partner channel accuracy" }).waitFor();
    await page.getByRole("button", { name: "New monitor" }).click();
    await page.waitForURL((u) => u.searchParams.get("monitor") === "new");
    const form = page.getByRole("form", { name: "Monitor" });
    await form.getByLabel("Name", { exact: true }).fill("Label coverage low");
    await form.getByLabel("Metric").selectOption("labelCoverage");
    await form.getByLabel("Type").selectOption("threshold");
    await form.getByLabel("Comparison").selectOption("<");
    await form.getByLabel("Value", { exact: true }).fill("0.5");
    expect(await form.getByText("= 50%").count()).toBe(1);
    // 45 days reads as a duration but is past the server's 31-day limit: its 400 lands next to Window.
    await form.getByLabel("Window").fill("45d");
    await form.getByRole("button", { name: "Create monitor" }).click();
    const windowField = form.locator(".field", { has: page.getByLabel("Window") });
    await expect.poll(() => windowField.locator(".field-error").textContent()).toContain("31 days");
    expect(await form.getByLabel("Window").getAttribute("aria-invalid")).toBe("true");

    await form.getByLabel("Window").fill("6h");
    await form.getByRole("button", { name: "Create monitor" }).click();
    await page.waitForURL((u) => !u.searchParams.has("monitor"));
    const row = table.locator("tbody tr", { hasText: "Label coverage low" });
    await row.waitFor();
    expect(await row.textContent()).toContain("< 50%");
    expect(await row.textContent()).toContain("6h / 5m");
    const saved = (await monitorsOf(d)).find((m) => m.name === "Label coverage low");
    expect(saved?.metric).toBe("labelCoverage");
    expect(saved?.condition).toEqual({ type: "threshold", op: "<", value: 0.5 });

    // Edit it: a PATCH, reflected in the list.
    await page.getByRole("button", { name: "Edit Label coverage low" }).click();
    await page.waitForURL((u) => u.searchParams.get("monitor") === saved!.id);
    await form.getByLabel("Value", { exact: true }).fill("0.4");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => row.textContent()).toContain("< 40%");

    // Delete it after a confirmation, so the demo's alerts stay as the other views' tests expect them.
    await page.getByRole("button", { name: "Delete Label coverage low" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Delete monitor" }).click();
    await row.waitFor({ state: "detached" });
    expect((await monitorsOf(d)).map((m) => m.name)).not.toContain("Label coverage low");
    await page.context().close();
  });

  it("creates a webhook channel to a local receiver, tests it, and refuses to delete it while a monitor uses it", async () => {
    const d = get();
    const receiver = await startReceiver();
    try {
      const page = await d.open(`/models/${DEMO_MODEL}/monitors`);
      const panel = page.getByTestId("channels-panel");
      await panel.getByRole("button", { name: "New channel" }).click();
      await page.waitForURL((u) => u.searchParams.get("channel") === "new");
      const form = page.getByRole("form", { name: "New channel" });
      await form.getByLabel("Channel name").fill("e2e receiver");
      await form.getByLabel("Type").selectOption("webhook");
      await form.getByLabel("URL", { exact: true }).fill(receiver.url);
      await form.getByLabel("Signing secret (optional)").fill("e2e-secret");
      await form.getByRole("button", { name: "Create channel" }).click();
      const row = page.getByTestId("channels-table").locator("tbody tr", { hasText: "e2e receiver" });
      await row.waitFor();
      expect(await row.textContent()).toContain(receiver.url);

      await row.getByRole("button", { name: "Test e2e receiver" }).click();
      const answer = row.getByTestId("channel-test-answer");
      await expect.poll(() => answer.textContent()).toContain("delivered");
      expect(await answer.textContent()).toContain("HTTP 200");
      expect(await answer.textContent()).toContain("thanks from the e2e receiver");
      expect(receiver.received).toHaveLength(1);
      expect(receiver.received[0]!.path).toBe("/hook");
      expect(receiver.received[0]!.signature).toMatch(/^sha256=[0-9a-f]{64}$/);
      expect(receiver.received[0]!.body).toContain("TelltaleTest");

      // In use by a monitor: the 409 names it.
      const { channels } = await d.api<{ channels: { id: string; name: string }[] }>(
        "GET",
        "/api/v1/channels",
      );
      const channel = channels.find((c) => c.name === "e2e receiver")!;
      const user = (await monitorsOf(d)).find((m) => m.name === "Traffic anomaly")!;
      await d.api("PATCH", `/api/v1/models/${DEMO_MODEL}/monitors/${user.id}`, { channels: [channel.id] });
      try {
        await row.getByRole("button", { name: "Delete e2e receiver" }).click();
        await page.getByRole("button", { name: "Delete channel" }).click();
        await expect
          .poll(() => panel.getByRole("alert").textContent())
          .toContain("Still used by the monitor “Traffic anomaly”");
      } finally {
        await d.api("PATCH", `/api/v1/models/${DEMO_MODEL}/monitors/${user.id}`, { channels: [] });
      }
      await page.getByRole("button", { name: "Delete channel" }).click();
      await row.waitFor({ state: "detached" });
      await page.context().close();
    } finally {
      await receiver.close();
    }
  });

  it("backtests a monitor over the past week: the chart and the count of would-be alerts", async () => {
    const d = get();
    const partner = (await monitorsOf(d)).find((m) => m.name === "Partner channel accuracy")!;
    const page = await d.open(`/models/${DEMO_MODEL}/monitors?monitor=${partner.id}`);
    const editor = page.getByTestId("monitor-editor");
    await editor.getByText("Edit “Partner channel accuracy”").waitFor();
    expect(await editor.getByLabel("Name", { exact: true }).inputValue()).toBe("Partner channel accuracy");
    expect(await editor.getByLabel("Segment value").inputValue()).toBe("partner");
    await editor.getByRole("button", { name: "Backtest over the past week" }).click();
    const result = editor.getByTestId("backtest-result");
    await result.waitFor({ timeout: 60_000 });
    await editor.getByTestId("backtest-chart").waitFor();
    const count = Number(await result.getByTestId("backtest-count").textContent());
    expect(count).toBeGreaterThanOrEqual(1);
    expect(await result.textContent()).toMatch(/would-be alerts? in \d+ evaluations, one every \S+/);
    await d.screenshot(page, "monitors");
    await page.context().close();
  });
}
