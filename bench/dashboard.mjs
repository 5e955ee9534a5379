// The dashboard's first render against `telltale demo` (a month of Adult traffic) in headless Chromium: time from
// navigation to the first panel with content (an empty state counts), and until no panel is loading, for each main
// view, cold then warm.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const BIN = fileURLToPath(new URL("../packages/server/bin/telltale.js", import.meta.url));
const MODEL = "adult-income";
const VIEWS = [
  ["models", "/"],
  ["overview", `/models/${MODEL}`],
  ["overview 30d", `/models/${MODEL}?range=30d`],
  ["drift 30d", `/models/${MODEL}/drift?range=30d`],
  ["performance 30d", `/models/${MODEL}/performance?range=30d`],
  ["alerts", `/models/${MODEL}/alerts`],
];

async function startDemo() {
  const env = { ...process.env };
  delete env.TELLTALE_ADMIN_KEY;
  const child = spawn(
    process.execPath,
    [
      BIN,
      "demo",
      "--port",
      "0",
      "--replay-seconds",
      "2",
      "--data-dir",
      mkdtempSync(join(tmpdir(), "tt-bench-")),
    ],
    { env, stdio: ["ignore", "pipe", "inherit"] },
  );
  const lines = [];
  await new Promise((resolve, reject) => {
    child.on("exit", (code) => reject(new Error(`demo exited with ${code}`)));
    createInterface({ input: child.stdout }).on("line", (line) => {
      lines.push(line);
      if (line.startsWith("Press Ctrl-C")) resolve();
    });
  });
  const text = lines.join("\n");
  return {
    url: /server at (http:\/\/\S+?),/.exec(text)[1],
    key: /admin key:\s+(\S+)/.exec(text)[1],
    stop: () => child.kill("SIGTERM"),
  };
}

export async function benchDashboard() {
  const demo = await startDemo();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript((key) => sessionStorage.setItem("telltale.apiKey", key), demo.key);
    for (const pass of ["cold", "warm"]) {
      for (const [name, path] of VIEWS) {
        const page = await context.newPage();
        const t0 = performance.now();
        await page.goto(`${demo.url}${path}`);
        await page
          .locator(".panel .stat, .panel canvas, .panel table, .panel .state.empty")
          .first()
          .waitFor({ timeout: 60_000 })
          .catch(async (error) => {
            await page.screenshot({ path: join(tmpdir(), "dashboard-bench-failure.png") });
            throw new Error(
              `${name}: no panel content (${join(tmpdir(), "dashboard-bench-failure.png")}): ${error.message}`,
            );
          });
        const first = performance.now() - t0;
        await page.waitForFunction(() => document.querySelectorAll(".state.loading").length === 0, null, {
          timeout: 60_000,
        });
        const settled = performance.now() - t0;
        console.log(
          `dashboard ${pass.padEnd(4)} ${name.padEnd(16)}: first panel ${first.toFixed(0).padStart(5)} ms, all panels ${settled.toFixed(0).padStart(5)} ms`,
        );
        await page.close();
      }
    }
  } finally {
    await browser.close();
    demo.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchDashboard();
