import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { type Browser, chromium, type Page } from "playwright-core";
import { ROOT, tempDir } from "../helpers.js";

const BIN = join(ROOT, "packages", "server", "bin", "telltale.js");
export const RESULTS = join(ROOT, "test-results");
export const DEMO_MODEL = "adult-income";

/** Debian's chromium (or CHROMIUM_PATH): `npx playwright install` cannot download browsers here. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    (p): p is string => p !== undefined && p !== "",
  );
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  const which = spawnSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], {
    encoding: "utf8",
  });
  const path = which.stdout.trim();
  if (path === "") throw new Error("no chromium: apt-get install -y chromium, or set CHROMIUM_PATH");
  return path;
}

export interface DemoScenario {
  /** The demo's month: `Drift, <from> to <to>:` etc., as printed. */
  readonly output: string;
  readonly driftFrom: string;
  readonly driftTo: string;
  readonly driftFeatures: readonly string[];
  /** The failing segment's week: `A failing segment (<column>:<value>), <from> to <to>:`. */
  readonly segmentDrop: { readonly segment: string; readonly from: string; readonly to: string };
}

/** The running demo, a browser, and a signed-in page: what every dashboard test works with. */
export interface Dashboard {
  readonly url: string;
  readonly key: string;
  readonly demo: DemoScenario;
  readonly browser: Browser;
  /** A fresh page, signed in through the sign-in form, at `path`. */
  open(path: string): Promise<Page>;
  /** Saves a screenshot to test-results/<name>.png (git-ignored). */
  screenshot(page: Page, name: string): Promise<void>;
  api<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  close(): Promise<void>;
}

/** Starts `telltale demo` (a short replay) and a headless Chromium; signs in once per page via the form. */
export async function startDashboard(): Promise<Dashboard> {
  mkdirSync(RESULTS, { recursive: true });
  const env = { ...process.env };
  delete env.TELLTALE_ADMIN_KEY;
  const child: ChildProcess = spawn(
    process.execPath,
    [BIN, "demo", "--port", "0", "--replay-seconds", "2", "--data-dir", tempDir()],
    { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] },
  );
  const lines: string[] = [];
  const stderr: string[] = [];
  child.stderr?.on("data", (d: Buffer) => stderr.push(d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`demo did not finish: ${lines.join("\n")}\n${stderr.join("")}`)),
      120_000,
    );
    child.on("exit", (code) => reject(new Error(`demo exited ${code}: ${stderr.join("")}`)));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      lines.push(line);
      if (line.startsWith("Press Ctrl-C")) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  const output = lines.join("\n");
  const url = /server at (http:\/\/\S+?),/.exec(output)?.[1];
  const key = /admin key:\s+(\S+)/.exec(output)?.[1];
  const drift = /Drift, (\S+) to (\S+):/.exec(output);
  const driftFeatures =
    /metrics=drift\.share,(\S+?)&/
      .exec(output)?.[1]
      ?.split(",")
      .map((m) => m.replace(/^drift\./, "")) ?? [];
  const drop = /A failing segment \((\S+)\), (\S+) to (\S+):/.exec(output);
  if (!url || !key || !drift || !drop) throw new Error(`unexpected demo output:\n${output}`);

  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text === "" ? undefined : JSON.parse(text)) as T;
  };
  return {
    url,
    key,
    demo: {
      output,
      driftFrom: drift[1]!,
      driftTo: drift[2]!,
      driftFeatures,
      segmentDrop: { segment: drop[1]!, from: drop[2]!, to: drop[3]! },
    },
    browser,
    api,
    async open(path) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${url}${path}`);
      await page.getByLabel("API key").fill(key);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("link", { name: "Telltale" }).waitFor();
      return page;
    },
    async screenshot(page, name) {
      await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close().catch(() => undefined);
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await new Promise((resolve) => {
          const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
          child.on("exit", () => {
            clearTimeout(force);
            resolve(undefined);
          });
        });
      }
    },
  };
}
