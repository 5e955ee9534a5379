import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { type BusinessMetricDefinition, evaluateChecks, type Report } from "@telltale/core";
import { z } from "zod";
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

const businessFile = z.array(
  z.strictObject({
    name: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,63}$/, "lowercase letters, digits and '_', starting with a letter"),
    expression: z.string().min(1).max(1000),
    unit: z.string().max(32).nullable().optional(),
    better: z.enum(["lower", "higher"]).optional(),
    description: z.string().max(2000).nullable().optional(),
  }),
);

/** The definitions in a `--business` file, or one line saying what is wrong with it. */
async function readBusinessFile(path: string): Promise<BusinessMetricDefinition[] | string> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return `--business ${path}: cannot read the file`;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return `--business ${path}: not JSON`;
  }
  const parsed = businessFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return `--business ${path}: [${issue.path.join(".")}] ${issue.message} (expected [{"name": "cost", "expression": "50 * fn + 2 * fp"}])`;
  }
  return parsed.data.map((d) => ({
    name: d.name,
    expression: d.expression,
    ...(d.unit !== undefined ? { unit: d.unit } : {}),
    ...(d.better !== undefined ? { better: d.better } : {}),
    ...(d.description !== undefined ? { description: d.description } : {}),
  }));
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
  let business = flags.options.business ?? [];
  if (flags.businessFile !== undefined) {
    const read = await readBusinessFile(flags.businessFile);
    if (typeof read === "string") {
      io.stderr(`telltale report: ${read}`);
      return 2;
    }
    business = [...business, ...read];
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
        ...(business.length > 0 ? { business } : {}),
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
