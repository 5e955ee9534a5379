import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ADMIN_KEY, useTestServer } from "../http/test-server.test-support.js";
import { exportCommand } from "./export-command.js";

const api = useTestServer();
const T0 = Date.UTC(2026, 10, 1);
const dir = mkdtempSync(join(tmpdir(), "telltale-export-cli-"));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

beforeAll(async () => {
  await api.call("POST", "/api/v1/models", { body: { name: "cli", task: "regression" } });
  await api.call("POST", "/api/v1/models/cli/versions", { body: { version: "v1" } });
  const records = Array.from({ length: 30 }, (_, i) => ({
    id: `c${i}`,
    version: "v1",
    timestamp: T0 + i * 1000,
    features: { size: i },
    prediction: i * 2,
    ...(i < 10 ? { label: i * 2 + 1 } : {}),
  }));
  await api.call("POST", "/api/v1/models/cli/predictions", { body: { records } });
});

describe("telltale export", () => {
  it("streams an export to a file, checks its hash and writes the manifest beside it", async () => {
    const out = join(dir, "rows.csv");
    const { io, out: stdout } = capture();
    const code = await exportCommand(
      [
        "--server",
        api.url(),
        "--key",
        ADMIN_KEY,
        "--model",
        "cli",
        "--from",
        new Date(T0).toISOString(),
        "--to",
        new Date(T0 + 60_000).toISOString(),
        "--format",
        "csv",
        "--labelled",
        "--out",
        out,
      ],
      io,
    );
    expect(code).toBe(0);
    const lines = readFileSync(out, "utf8").trim().split("\n");
    expect(lines).toHaveLength(11);
    expect(lines[1]).toMatch(/^c0,v1,2026-11-01 00:00:00,0\.0,1\.0,/);
    const manifest = JSON.parse(readFileSync(`${out}.manifest.json`, "utf8"));
    expect(manifest).toMatchObject({ rows: 10, format: "csv", labelled: true });
    expect(stdout[0]).toContain(`wrote ${out}: 10 rows`);
    expect(stdout[0]).toContain(manifest.sha256);
  });

  it("downloads a signed link without a key", async () => {
    const link = await api.call("POST", "/api/v1/models/cli/export-links", {
      body: { query: { from: T0, to: T0 + 60_000, format: "jsonl" } },
    });
    const out = join(dir, "linked.jsonl");
    const { io } = capture();
    expect(await exportCommand(["--link", link.body.url, "--out", out], io)).toBe(0);
    expect(readFileSync(out, "utf8").trim().split("\n")).toHaveLength(30);
  });

  it.each([
    [["--model", "cli"], "--out FILE is required"],
    [["--out", "x"], "--model NAME (or --link URL) is required"],
    [["--bogus"], "Unknown option '--bogus'"],
  ])("refuses %j with exit 2", async (args, message) => {
    const { io, err } = capture();
    expect(await exportCommand(args, io)).toBe(2);
    expect(err[0]).toContain(message);
  });

  it("reports the server's error with exit 2 and writes nothing", async () => {
    const out = join(dir, "none.csv");
    const { io, err } = capture();
    const code = await exportCommand(
      ["--server", api.url(), "--key", ADMIN_KEY, "--model", "nope", "--out", out],
      io,
    );
    expect(code).toBe(2);
    expect(err[0]).toBe("telltale export: HTTP 404: no model named 'nope'");
    expect(() => readFileSync(out)).toThrow();
  });
});
