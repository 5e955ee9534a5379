import { expect, it } from "vitest";
import { formatNumber } from "../../../packages/web/src/format/format";
import { type Dashboard, DEMO_MODEL } from "./harness.js";

interface ExplainAnswer {
  readonly ndcg: number | null;
  readonly importance: readonly { readonly feature: string; readonly rank: number | null }[];
  readonly driftImpact: readonly { readonly feature: string; readonly drifted: boolean }[];
}

interface SlicesAnswer {
  readonly slices: readonly { readonly label: string; readonly significant: boolean }[];
}

const day = (text: string) => new Date(`${text}T00:00:00.000Z`).toISOString();

/** The Explain view, the estimated-performance panel and a prediction explained through the demo's endpoint. */
export function explainTests(get: () => Dashboard): void {
  it("explains the drift episode: the drift impact table leads with a drifted feature, as /explain does", async () => {
    const d = get();
    const query = `from=${day(d.demo.driftFrom)}&to=${day(d.demo.driftTo)}&version=champion`;
    const answer = await d.api<ExplainAnswer>(
      "GET",
      `/api/v1/models/${DEMO_MODEL}/explain?${query}&method=logged`,
    );
    expect(d.demo.driftFeatures).toContain(answer.driftImpact[0]!.feature);
    const page = await d.open(`/models/${DEMO_MODEL}/explain?${query}`);
    const impact = page.getByTestId("explain-drift-impact").locator("tbody tr");
    await impact.first().waitFor();
    expect(await impact.first().textContent()).toContain(answer.driftImpact[0]!.feature);
    await expect
      .poll(() => page.getByTestId("explain-ndcg").textContent())
      .toContain(formatNumber(answer.ndcg));
    await page.getByTestId("importance-chart").locator("canvas").first().waitFor();
    await page.getByTestId("explain-reconstruction").locator("canvas").first().waitFor();
    await page.getByTestId("explain-domain-auc").locator("canvas").first().waitFor();
    await d.screenshot(page, "explain");
  });

  it("puts the demo's failing channel at the top of the root-cause slices of its week", async () => {
    const d = get();
    const { segment, from, to } = d.demo.segmentDrop;
    const query = `from=${day(from)}&to=${day(to)}`;
    const answer = await d.api<SlicesAnswer>("GET", `/api/v1/models/${DEMO_MODEL}/slices?${query}`);
    const [column, value] = segment.split(":");
    expect(answer.slices[0]).toMatchObject({ label: `${column} = ${value}`, significant: true });
    const page = await d.open(`/models/${DEMO_MODEL}/explain?${query}`);
    const rows = page.getByTestId("slices-table").locator("tbody tr");
    await rows.first().waitFor();
    expect(await rows.first().textContent()).toContain(`${column} = ${value}`);
    // A single segment value links to the performance view filtered to it.
    await rows.first().getByRole("link").click();
    await page.waitForURL(
      (u) => u.pathname.endsWith("/performance") && u.searchParams.get("segment") === segment,
    );
  });

  it("shows performance estimated without labels beside the realized metric", async () => {
    const d = get();
    const page = await d.open(`/models/${DEMO_MODEL}/performance?range=30d&version=champion`);
    await page.getByTestId("estimated-chart").locator("canvas").first().waitFor();
    expect(await page.getByTestId("estimated-chart").getAttribute("aria-label")).toContain(
      "Estimated Accuracy",
    );
  });

  it("charts the demo's business metric on the performance page, as the time series gives it", async () => {
    const d = get();
    const page = await d.open(`/models/${DEMO_MODEL}/performance?range=30d`);
    const chart = page.getByTestId("business-error_cost");
    await chart.locator("canvas").first().waitFor();
    expect(await chart.locator("figcaption").textContent()).toContain(
      "120 * fn + 15 * fp per interval; lower is better.",
    );
  });

  it("explains a stored prediction through its version's endpoint, attributions summing to output − expected", async () => {
    const d = get();
    const page = await d.open(`/models/${DEMO_MODEL}/lookup?id=adult-000001`);
    await page.getByTestId("explain-prediction").click();
    const sum = page.getByTestId("explanation-sum");
    await sum.waitFor({ timeout: 60_000 });
    expect(await sum.textContent()).toMatch(
      /^The attributions sum to .* = output .* − expected value [^(]*\.$/,
    );
    await page.getByTestId("explanation-chart").locator("canvas").first().waitFor();
    await d.screenshot(page, "lookup-explanation");
  });
}
