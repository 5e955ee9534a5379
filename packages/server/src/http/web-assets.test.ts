import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useTestServer } from "./test-server.test-support.js";
import { isDashboardPath } from "./web-assets.js";

const dist = mkdtempSync(join(tmpdir(), "telltale-web-"));
mkdirSync(join(dist, "assets"));
writeFileSync(join(dist, "index.html"), "<!doctype html><title>Telltale</title><div id=root></div>");
writeFileSync(join(dist, "assets", "index-abc123.js"), "console.log(1)");
writeFileSync(join(dist, "favicon.svg"), "<svg/>");

describe("the dashboard's files", () => {
  const api = useTestServer({ webDist: dist });
  const get = (path: string) => fetch(`${api.url()}${path}`);

  it.each(["/", "/models/adult-income/drift?feature=age&range=30d", "/alerts", "/models/a%20b"])(
    "%s answers the app's index.html, so a link opens its view",
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(await response.text()).toContain("<div id=root>");
    },
  );

  it("serves hashed assets for a year and files at the root", async () => {
    const asset = await get("/assets/index-abc123.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect(await asset.text()).toBe("console.log(1)");
    expect((await get("/favicon.svg")).status).toBe(200);
    expect((await get("/assets/missing.js")).status).toBe(404);
  });

  it("keeps the API's JSON 404 for unknown API paths, and the system routes", async () => {
    const missing = await get("/api/v1/nothing-here");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("TELLTALE_NOT_FOUND");
    expect((await get("/healthz")).status).toBe(200);
    expect((await get("/metrics")).status).toBe(200);
  });
});

describe("without a built dashboard", () => {
  const api = useTestServer({ webDist: null });
  it("/ says how to build it", async () => {
    const response = await fetch(`${api.url()}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("npm run build");
  });
});

it.each([
  ["/", true],
  ["/models/x", true],
  ["/api", false],
  ["/api/v1/models", false],
  ["/metrics", false],
  ["/healthz?x=1", false],
  ["/apiary", true],
])("isDashboardPath(%s) = %s", (path, expected) => {
  expect(isDashboardPath(path)).toBe(expected);
});
