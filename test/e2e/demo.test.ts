import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "./helpers.js";

const BIN = join(ROOT, "packages", "server", "bin", "telltale.js");

const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
});

describe("telltale demo", () => {
  it("serves a month of Adult traffic whose drift episode, failing segment and late labels show in the API", async () => {
    const env = { ...process.env };
    delete env.TELLTALE_ADMIN_KEY;
    const child = spawn(
      process.execPath,
      [BIN, "demo", "--port", "0", "--replay-seconds", "2", "--data-dir", tempDir()],
      {
        cwd: ROOT,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    children.push(child);
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const lines: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`demo did not finish its replay: ${lines.join("\n")}`)),
        90_000,
      );
      createInterface({ input: child.stdout! }).on("line", (line) => {
        lines.push(line);
        if (line.startsWith("Press Ctrl-C")) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const key = /admin key:\s+(\S+)/.exec(lines.join("\n"))?.[1];
    expect(key).toBeDefined();
    const urls = lines
      .map((l) => l.trim())
      .filter((l) => l.startsWith("http://") && l.includes("/api/v1/models/"));
    expect(urls.length).toBeGreaterThanOrEqual(5);
    const get = async (url: string) => {
      const response = await fetch(url, { headers: { authorization: `Bearer ${key}` } });
      expect(response.status, url).toBe(200);
      return (await response.json()) as any;
    };

    // The drift episode: hours-per-week drifts on the episode's days and not on the first days of the month.
    const drift = await get(urls[0]!);
    const hours = drift.series.find((s: { metric: string }) => s.metric === "drift.hours-per-week").points;
    const episode = /Drift, (\S+) to (\S+):/.exec(lines.join("\n"))!;
    const inEpisode = hours.filter(
      (p: { start: string }) => p.start.slice(0, 10) > episode[1]! && p.start.slice(0, 10) < episode[2]!,
    );
    const before = hours.slice(1, 5);
    const mean = (points: { value: number | null }[]) =>
      points.reduce((sum, p) => sum + (p.value ?? 0), 0) / Math.max(1, points.length);
    expect(mean(inEpisode)).toBeGreaterThan(3 * mean(before));

    // The window report during the episode flags hours-per-week.
    const report = await get(urls[1]!);
    expect(report.schemaVersion).toBe(1);
    const column = report.drift.columns.find((c: { column: string }) => c.column === "hours-per-week");
    expect(column.drifted).toBe(true);

    // The failing segment: partner accuracy in its last days is well below its first days.
    const segment = await get(urls[2]!);
    const accuracy = segment.series
      .find((s: { metric: string }) => s.metric === "accuracy")
      .points.filter((p: { value: number | null }) => p.value !== null);
    const firstWeeks = mean(accuracy.slice(0, 14));
    const lastDays = mean(accuracy.slice(-5, -1));
    expect(lastDays).toBeLessThan(firstWeeks - 0.12);

    // Champion and challenger side by side with their benchmarks.
    const compare = await get(urls[4]!);
    expect(compare.a.version).toBe("v1");
    expect(compare.b.version).toBe("v2");
    expect(compare.a.benchmark.accuracy).toBeGreaterThan(0.8);
    expect(compare.a.metrics.accuracy).toBeGreaterThan(0.7);

    // The demo's monitors raise the partner segment's accuracy alert within a few evaluations.
    const alertsUrl = /(http:\S+\/api\/v1\/alerts)/.exec(lines.join("\n"))![1]!;
    let firing: { reason: string; state: string }[] = [];
    for (let tries = 0; tries < 40 && firing.length === 0; tries++) {
      firing = (await get(`${alertsUrl}?state=firing`)).alerts;
      if (firing.length === 0) await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    expect(firing.map((a) => a.reason)).toEqual([expect.stringMatching(/^accuracy 0\.\d+ < 0\.75$/)]);

    // Users' feedback is a series, and the alert's retrain closes the loop: the demo's pipeline downloads the
    // signed export, trains v3 with it, registers it, and Telltale compares it with v1 on the alert's window.
    const feedbackUrl = urls.find((u) => u.includes("feedback.count"))!;
    const feedback = (await get(feedbackUrl)).series.find(
      (s: { metric: string }) => s.metric === "feedback.count",
    );
    expect(
      feedback.points.reduce((sum: number, p: { value: number | null }) => sum + (p.value ?? 0), 0),
    ).toBeGreaterThan(1000);
    const comparisonsUrl = /(http:\S+\/comparisons)\s/.exec(lines.join("\n"))![1]!;
    let comparison: any;
    for (let tries = 0; tries < 60 && comparison?.status !== "done"; tries++) {
      [comparison] = (await get(comparisonsUrl)).comparisons;
      if (comparison?.status !== "done") await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    expect(comparison).toMatchObject({ candidate: "v3", baseline: "v1", status: "done", replayNote: null });
    expect(comparison.trigger.alertId).toBe((firing[0] as unknown as { id: string }).id);
    expect(comparison.replay.rows).toBeGreaterThan(100);
    expect(comparison.replay.candidate.metrics.accuracy).toBeGreaterThan(0.7);

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
