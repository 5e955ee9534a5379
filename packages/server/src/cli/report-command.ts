import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { evaluateChecks, type Report } from "@telltale/core";
import { type RunReportOutput, runReport } from "../report/run-report.js";
import { loadEchartsSource } from "../report-html/load-echarts-source.js";
import { renderHtmlReport } from "../report-html/render-html-report.js";
import { formatCheck, formatSummary } from "./format-summary.js";
import { Progress } from "./progress.js";
import { parseReportFlags, reportHelp } from "./report-flags.js";

export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

async function writeOutput(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

/** `telltale report`: exit 0 when every check passes, 1 when one fails; bad input throws (exit 2 upstream). */
export async function reportCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseReportFlags(args);
  if (!parsed.success) {
    io.stderr(`telltale report: ${parsed.error} (see telltale report --help)`);
    return 2;
  }
  const flags = parsed.data;
  if (flags.help) {
    io.stdout(reportHelp());
    return 0;
  }
  const progress = new Progress();
  const loading = new Map<string, string>();
  let result: RunReportOutput;
  try {
    result = await runReport({
      referencePath: flags.reference,
      currentPath: flags.current,
      options: {
        ...flags.options,
        onProgress: ({ stage, done, total }) =>
          progress.update(`computing ${stage}: ${done}/${total} columns`),
      },
      onLoadProgress: ({ file, rows, total }) => {
        loading.set(file, `${file} ${Math.floor((100 * rows) / total)}%`);
        progress.update(`reading ${[...loading.values()].join(", ")}`);
      },
    });
  } finally {
    progress.done();
  }
  for (const note of result.notes) io.stderr(`note: ${note}`);

  const checks = evaluateChecks(result.report, flags.checks, flags.failOnDrift);
  const report: Report = checks.length > 0 ? { ...result.report, checks } : result.report;
  const names = { reference: result.referenceName, current: result.currentName };
  if (flags.json) await writeOutput(flags.json, `${JSON.stringify(report, null, 2)}\n`);
  if (flags.html) {
    const html = renderHtmlReport(report, {
      generatedAt: new Date(),
      echartsSource: await loadEchartsSource(),
      referenceName: names.reference,
      currentName: names.current,
    });
    await writeOutput(flags.html, html);
  }
  if (!flags.json && !flags.html) {
    io.stdout(formatSummary(report, names));
  } else {
    const written = [flags.json, flags.html].filter(Boolean).join(" and ");
    io.stdout(
      `Wrote ${written}: ${report.drift.driftedColumns} of ${report.drift.totalColumns} feature columns drifted; dataset drift ${report.drift.datasetDrift ? "YES" : "no"}`,
    );
  }
  const failed = checks.filter((c) => !c.passed);
  if (failed.length > 0) {
    io.stderr(`${failed.length} check${failed.length > 1 ? "s" : ""} failed:`);
    for (const c of failed) io.stderr(`  ${formatCheck(c)}`);
    return 1;
  }
  return 0;
}
