import { z } from "zod";
import { AppError } from "./errors/app-error.js";

const portSchema = z.coerce
  .number({ error: "must be a number" })
  .int("must be an integer")
  .min(0, "must be 0-65535")
  .max(65535, "must be 0-65535");

/** One schema over flags and environment; a flag wins over its `TELLTALE_*` variable. */
export const configSchema = z.object({
  port: portSchema.default(4100),
  host: z.string().min(1, "must not be empty").default("127.0.0.1"),
  dataDir: z.string().min(1, "must not be empty").default("./telltale-data"),
  adminKey: z.string().min(16, "must be at least 16 characters").optional(),
  logLevel: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** The URL people reach the server at, for links in notifications; default the listening address. */
  externalUrl: z
    .url({ message: "must be an http(s) URL", protocol: /^https?$/ })
    .transform((url) => url.replace(/\/+$/, ""))
    .optional(),
  /** How long one request to a model's prediction endpoint may take (explanations), in milliseconds. */
  endpointTimeoutMs: z.coerce
    .number({ error: "must be a number" })
    .int("must be an integer")
    .min(100, "must be at least 100")
    .max(600_000, "must be at most 600000")
    .default(10_000),
  /**
   * DuckDB's memory limit (e.g. 1GB): past it, DuckDB evicts cached blocks and spills sorts to disk, so big scans
   * and exports hold memory flat; default DuckDB's own, 80% of RAM.
   */
  memoryLimit: z
    .string()
    .regex(/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i, "must be a size such as 512MB or 2GB")
    .optional(),
  /** The secret that signs export URLs handed to training pipelines; default one kept in the data directory. */
  signingSecret: z.string().min(16, "must be at least 16 characters").optional(),
});

export type Config = z.infer<typeof configSchema>;

const ENV: Record<keyof Config, string> = {
  port: "TELLTALE_PORT",
  host: "TELLTALE_HOST",
  dataDir: "TELLTALE_DATA_DIR",
  adminKey: "TELLTALE_ADMIN_KEY",
  logLevel: "TELLTALE_LOG_LEVEL",
  externalUrl: "TELLTALE_EXTERNAL_URL",
  endpointTimeoutMs: "TELLTALE_ENDPOINT_TIMEOUT_MS",
  signingSecret: "TELLTALE_SIGNING_SECRET",
  memoryLimit: "TELLTALE_MEMORY_LIMIT",
};

const FLAG: Record<keyof Config, string> = {
  port: "--port",
  host: "--host",
  dataDir: "--data-dir",
  adminKey: "TELLTALE_ADMIN_KEY",
  logLevel: "--log-level",
  externalUrl: "--external-url",
  endpointTimeoutMs: "--endpoint-timeout-ms",
  signingSecret: "TELLTALE_SIGNING_SECRET",
  memoryLimit: "--memory-limit",
};

/** Merges flags over env and validates; a bad value throws one readable line naming the flag and variable. */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  flags: Partial<Record<keyof Config, string>> = {},
): Config {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(ENV) as (keyof Config)[]) {
    const value = flags[key] ?? env[ENV[key]];
    if (value !== undefined && value !== "") raw[key] = value;
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0]) as keyof Config;
    const source = flags[key] !== undefined ? FLAG[key] : ENV[key];
    // A secret is never echoed back, not even a wrong one.
    const shown = key === "adminKey" || key === "signingSecret" ? source : `${source}=${raw[key] ?? ""}`;
    throw new AppError("TELLTALE_BAD_CONFIG", `${shown}: ${issue.message}`, { key });
  }
  return parsed.data;
}

export function envNameOf(key: keyof Config): string {
  return ENV[key];
}
