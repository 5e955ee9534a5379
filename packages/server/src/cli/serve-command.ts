import { parseArgs } from "node:util";
import { type Config, envNameOf, loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { type RunningServer, startServer } from "../server/start-server.js";
import type { CommandIo } from "./report-command.js";

const FLAGS: readonly (readonly [keyof Config, string, string, string])[] = [
  ["port", "PORT", "port to listen on (0 picks a free one)", "4100"],
  ["host", "HOST", "interface to listen on", "127.0.0.1"],
  ["dataDir", "DIR", "where the database file lives", "./telltale-data"],
  ["logLevel", "LEVEL", "fatal | error | warn | info | debug | trace | silent", "info"],
  ["externalUrl", "URL", "the URL people open the server at, for links in alerts", "the listening address"],
  ["endpointTimeoutMs", "MS", "time limit of one request to a model's prediction endpoint", "10000"],
  ["memoryLimit", "SIZE", "DuckDB's memory limit, e.g. 1GB: scans and exports spill past it", "80% of RAM"],
];

const flagName = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function serveHelp(): string {
  return [
    "Usage: telltale serve [options]",
    "",
    "Runs the monitoring service: HTTP API, ingest, embedded DuckDB storage. Logs are JSON lines on stdout.",
    "",
    "Options (each also as an environment variable; a flag wins):",
    ...FLAGS.map(
      ([key, arg, text, def]) =>
        `  --${`${flagName(key)} ${arg}`.padEnd(18)} ${text} (default ${def}; env ${envNameOf(key)})`,
    ),
    "  --help             show this help",
    "",
    `${envNameOf("adminKey")}: the bootstrap admin key. Without it, the first start creates one and prints it once.`,
  ].join("\n");
}

/** Parses serve-style flags into config overrides; unknown flags are an error naming them. */
export function parseServeFlags(
  args: readonly string[],
  extra: Record<string, { type: "string" | "boolean" }> = {},
): { flags: Partial<Record<keyof Config, string>>; values: Record<string, string | boolean | undefined> } {
  const { values } = parseArgs({
    args: [...args],
    options: {
      ...Object.fromEntries(FLAGS.map(([key]) => [flagName(key), { type: "string" as const }])),
      help: { type: "boolean" },
      ...extra,
    },
    strict: true,
    allowPositionals: false,
  });
  const all = values as Record<string, string | boolean | undefined>;
  const flags: Partial<Record<keyof Config, string>> = {};
  for (const [key] of FLAGS) {
    const value = all[flagName(key)];
    if (typeof value === "string") flags[key] = value;
  }
  return { flags, values: all };
}

/** Resolves on SIGTERM or SIGINT, after the server has drained and closed. */
export function closeOnSignal(server: RunningServer, onSignal: (signal: string) => void): Promise<void> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGTERM", stop);
      process.off("SIGINT", stop);
      onSignal(signal);
      server.close().then(resolve, resolve);
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
  });
}

/** `telltale serve`: runs until SIGTERM/SIGINT, then stops accepting, commits in-flight batches and closes. */
export async function serveCommand(args: readonly string[], io: CommandIo): Promise<number> {
  let parsed: ReturnType<typeof parseServeFlags>;
  try {
    parsed = parseServeFlags(args);
  } catch (error) {
    io.stderr(`telltale serve: ${(error as Error).message} (see telltale serve --help)`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(serveHelp());
    return 0;
  }
  const config = loadConfig(process.env, parsed.flags);
  const logger = createLogger(config.logLevel);
  const server = await startServer({ config, logger });
  logger.info({ url: server.url, dataDir: config.dataDir }, "telltale listening");
  if (server.generatedAdminKey) {
    io.stderr(
      `telltale serve: created the admin key (shown once, only its hash is stored):\n  ${server.generatedAdminKey}\nSet ${envNameOf("adminKey")} or keep this key; create more with POST /api/v1/keys.`,
    );
  }
  await closeOnSignal(server, (signal) =>
    logger.info({ signal }, "shutting down: draining in-flight batches"),
  );
  logger.info("stopped");
  return 0;
}
