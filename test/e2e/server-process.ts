import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { ROOT } from "./helpers.js";

const BIN = join(ROOT, "packages", "server", "bin", "telltale.js");

export const E2E_ADMIN_KEY = "e2e-admin-key-0123456789abcdef";

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Every JSON log line the server printed so far. */
  readonly logs: Record<string, unknown>[];
  /** Resolves with the exit code (or signal) when the process ends. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `telltale serve` as a user would, on a free port, and waits for its "listening" log line. */
export async function startServerProcess(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0", "--data-dir", dataDir], {
    cwd: ROOT,
    env: { ...process.env, TELLTALE_ADMIN_KEY: E2E_ADMIN_KEY, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: Record<string, unknown>[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  let stderr = "";
  child.stderr!.on("data", (chunk) => {
    stderr += String(chunk);
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within 30 s: ${stderr}`)), 30_000);
    createInterface({ input: child.stdout! }).on("line", (line) => {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (entry.msg === "telltale listening") {
          clearTimeout(timer);
          resolve(String(entry.url));
        }
      } catch {
        // Not a log line.
      }
    });
    exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening: ${stderr}`));
    });
  });
  return { child, url, logs, exited };
}

export async function adminCall(
  url: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  return fetch(`${url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${E2E_ADMIN_KEY}`,
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}
