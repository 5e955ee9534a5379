import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("has defaults, reads TELLTALE_* variables, and lets flags win", () => {
    expect(loadConfig({})).toEqual({
      port: 4100,
      host: "127.0.0.1",
      dataDir: "./telltale-data",
      logLevel: "info",
      endpointTimeoutMs: 10_000,
    });
    expect(loadConfig({ TELLTALE_ENDPOINT_TIMEOUT_MS: "2500" }).endpointTimeoutMs).toBe(2500);
    expect(() => loadConfig({}, { endpointTimeoutMs: "5" })).toThrow(
      /--endpoint-timeout-ms=5: must be at least 100/,
    );
    const env = {
      TELLTALE_PORT: "5000",
      TELLTALE_HOST: "0.0.0.0",
      TELLTALE_DATA_DIR: "/d",
      TELLTALE_ADMIN_KEY: "k".repeat(20),
    };
    expect(loadConfig(env)).toMatchObject({
      port: 5000,
      host: "0.0.0.0",
      dataDir: "/d",
      adminKey: "k".repeat(20),
    });
    expect(loadConfig(env, { port: "6000", dataDir: "/e" })).toMatchObject({
      port: 6000,
      dataDir: "/e",
      host: "0.0.0.0",
    });
  });

  it.each([
    [{ TELLTALE_PORT: "abc" }, {}, "TELLTALE_PORT=abc: must be a number"],
    [{ TELLTALE_PORT: "70000" }, {}, "TELLTALE_PORT=70000: must be 0-65535"],
    [{}, { port: "1.5" }, "--port=1.5: must be an integer"],
    [{ TELLTALE_ADMIN_KEY: "short" }, {}, "TELLTALE_ADMIN_KEY: must be at least 16 characters"],
    [{ TELLTALE_LOG_LEVEL: "loud" }, {}, "TELLTALE_LOG_LEVEL=loud"],
    [{}, { externalUrl: "telltale.example" }, "--external-url=telltale.example: must be an http(s) URL"],
    [{ TELLTALE_EXTERNAL_URL: "ftp://x" }, {}, "TELLTALE_EXTERNAL_URL=ftp://x: must be an http(s) URL"],
  ])("refuses %j %j with one readable line", (env, flags, message) => {
    expect(() => loadConfig(env, flags)).toThrow(message);
    if ("TELLTALE_ADMIN_KEY" in env) expect(() => loadConfig(env, flags)).not.toThrow(/short/);
  });

  it("keeps the external URL without a trailing slash", () => {
    expect(loadConfig({ TELLTALE_EXTERNAL_URL: "https://telltale.example.com/" }).externalUrl).toBe(
      "https://telltale.example.com",
    );
    expect(loadConfig({}).externalUrl).toBeUndefined();
  });
});
