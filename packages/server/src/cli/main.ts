import { readFileSync } from "node:fs";
import { InputError } from "@telltale/core";
import { AppError } from "../errors/app-error.js";
import { demoCommand } from "./demo-command.js";
import { exportCommand } from "./export-command.js";
import { type CommandIo, reportCommand } from "./report-command.js";
import { serveCommand } from "./serve-command.js";

const COMMANDS = {
  report: "compare a reference dataset with a current one: drift, quality, performance, fairness",
  serve: "run the monitoring service: HTTP API, ingest, storage (embedded DuckDB)",
  demo: "start the service and replay a month of Adult-income traffic: drift, a failing segment, late labels",
  export: "download a window's rows from a running server for retraining or labelling (hash-checked)",
} as const;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

function help(): string {
  return [
    "Usage: telltale <command> [options]",
    "",
    "Commands:",
    ...Object.entries(COMMANDS).map(([name, text]) => `  ${name.padEnd(10)}${text}`),
    "",
    "Options:",
    "  --help       show help (also: telltale <command> --help)",
    "  --version    print the version",
  ].join("\n");
}

const defaultIo: CommandIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
};

/** Runs a CLI command and returns its exit code: 0 ok, 1 a check failed, 2 bad input or usage. */
export async function main(args: readonly string[], io: CommandIo = defaultIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.stdout(help());
    return command === undefined ? 2 : 0;
  }
  if (command === "--version" || command === "-v") {
    io.stdout(version());
    return 0;
  }
  try {
    switch (command) {
      case "report":
        return await reportCommand(rest, io);
      case "serve":
        return await serveCommand(rest, io);
      case "demo":
        return await demoCommand(rest, io);
      case "export":
        return await exportCommand(rest, io);
      default:
        io.stderr(`telltale: unknown command '${command}' (commands: ${Object.keys(COMMANDS).join(", ")})`);
        return 2;
    }
  } catch (error) {
    // Exit 1 means "a check failed" to a CI gate, so every failure to produce a report is 2, on one line.
    const known = error instanceof InputError || error instanceof AppError;
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    io.stderr(`telltale ${command}: ${known ? "" : "error: "}${message}`);
    return 2;
  }
}
