// Starts the built `telltale serve` on a free port for a benchmark and returns its URL and a stop function.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../packages/server/bin/telltale.js", import.meta.url));
export const BENCH_KEY = "bench-admin-key-0123456789abcdef";

export async function startServer(dataDir, extraArgs = []) {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_NODE_FLAGS ?? "").split(" ").filter(Boolean),
      BIN,
      "serve",
      "--port",
      "0",
      "--data-dir",
      dataDir,
      "--log-level",
      "info",
      ...extraArgs,
    ],
    {
      env: { ...process.env, TELLTALE_ADMIN_KEY: BENCH_KEY },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const url = await new Promise((resolve, reject) => {
    child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
    createInterface({ input: child.stdout }).on("line", (line) => {
      try {
        const entry = JSON.parse(line);
        if (entry.msg === "telltale listening") resolve(entry.url);
      } catch {}
    });
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  return {
    url,
    pid: child.pid,
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

export async function call(url, method, path, body, type = "application/json") {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${BENCH_KEY}`,
      ...(body !== undefined ? { "content-type": type } : {}),
    },
    ...(body !== undefined ? { body: typeof body === "string" ? body : JSON.stringify(body) } : {}),
  });
  if (response.status >= 300)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

export function dataDirFor(name) {
  return join(fileURLToPath(new URL("./data/", import.meta.url)), name);
}
