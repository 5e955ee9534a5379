import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import type { CommandIo } from "./report-command.js";

/** Query parameters the export endpoint takes, passed through as given. */
const QUERY_FLAGS = [
  ["from", "window start (ISO 8601 or epoch ms; default: to − 24 h)"],
  ["to", "window end (default: now)"],
  ["version", "a version or alias (default: all)"],
  ["segment", "only rows of a segment: column:value"],
  ["format", "parquet (default), csv or jsonl"],
  ["sample", "at most N rows, chosen by --strategy"],
  ["strategy", "uniform | uncertain | disagreement | drifted"],
  ["stratify", "label | prediction | version | segment.<name> | a categorical feature"],
  ["threshold", "uncertain: the decision threshold (default 0.5)"],
  ["against", "disagreement: the other version or alias"],
  ["seed", "the random order's seed (default 0)"],
] as const;

export function exportHelp(): string {
  return [
    "Usage: telltale export --model NAME --out FILE [options]",
    "       telltale export --link SIGNED_URL --out FILE",
    "",
    "Downloads a window's rows from a running server for retraining or labelling: features, prediction, score,",
    "label and feedback. The file's SHA-256 is checked against the server's manifest while it streams to disk,",
    "and the manifest (rows, schema, hash, how rows were chosen) is written beside it as FILE.manifest.json.",
    "",
    "Options:",
    "  --server URL           the server (default $TELLTALE_URL or http://127.0.0.1:4100)",
    "  --key KEY              an admin API key (default $TELLTALE_API_KEY, then $TELLTALE_ADMIN_KEY)",
    "  --model NAME           the model",
    "  --labelled             only rows with ground truth",
    ...QUERY_FLAGS.map(([flag, text]) => `  --${`${flag} VALUE`.padEnd(21)}${text}`),
    "  --link URL             a signed export URL (from a retrain action or POST …/export-links); no key needed",
    "  --out FILE             where to write (required)",
    "  --help                 show this help",
  ].join("\n");
}

/** `telltale export`: streams an export to a file, checking its hash; exit 2 for bad flags or a failed download. */
export async function exportCommand(args: readonly string[], io: CommandIo): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        server: { type: "string" },
        key: { type: "string" },
        model: { type: "string" },
        labelled: { type: "boolean" },
        link: { type: "string" },
        out: { type: "string" },
        help: { type: "boolean" },
        ...Object.fromEntries(QUERY_FLAGS.map(([flag]) => [flag, { type: "string" as const }])),
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (error) {
    io.stderr(`telltale export: ${(error as Error).message} (see telltale export --help)`);
    return 2;
  }
  if (values.help) {
    io.stdout(exportHelp());
    return 0;
  }
  const out = values.out as string | undefined;
  if (out === undefined) {
    io.stderr("telltale export: --out FILE is required (see telltale export --help)");
    return 2;
  }
  let url: string;
  const headers: Record<string, string> = {};
  if (values.link !== undefined) {
    url = values.link as string;
  } else {
    const model = values.model as string | undefined;
    if (model === undefined) {
      io.stderr("telltale export: --model NAME (or --link URL) is required (see telltale export --help)");
      return 2;
    }
    const key =
      (values.key as string | undefined) ?? process.env.TELLTALE_API_KEY ?? process.env.TELLTALE_ADMIN_KEY;
    if (key === undefined) {
      io.stderr("telltale export: an admin key is needed: --key KEY or $TELLTALE_API_KEY");
      return 2;
    }
    headers.authorization = `Bearer ${key}`;
    const server = (
      (values.server as string | undefined) ??
      process.env.TELLTALE_URL ??
      "http://127.0.0.1:4100"
    ).replace(/\/+$/, "");
    const query = new URLSearchParams();
    for (const [flag] of QUERY_FLAGS) if (values[flag] !== undefined) query.set(flag, String(values[flag]));
    if (values.labelled) query.set("labelled", "true");
    url = `${server}/api/v1/models/${encodeURIComponent(model)}/export?${query.toString()}`;
  }
  let response: Response;
  try {
    response = await fetch(url, { headers });
  } catch (error) {
    io.stderr(`telltale export: cannot reach ${new URL(url).origin}: ${(error as Error).message}`);
    return 2;
  }
  if (!response.ok || response.body === null) {
    const text = await response.text();
    let message = text.slice(0, 500);
    try {
      message = (JSON.parse(text) as { error: { message: string } }).error.message;
    } catch {
      // Not our JSON error: show the text.
    }
    io.stderr(`telltale export: HTTP ${response.status}: ${message}`);
    return 2;
  }
  const expected = response.headers.get("x-telltale-sha256");
  if (expected === null) {
    await response.body.cancel();
    io.stderr(
      "telltale export: the answer carries no X-Telltale-Sha256, so it cannot be checked: is this a Telltale export URL?",
    );
    return 2;
  }
  const manifest = {
    ...(JSON.parse(response.headers.get("x-telltale-manifest") ?? "{}") as Record<string, unknown>),
    rows: Number(response.headers.get("x-telltale-rows")),
    sha256: expected,
  };
  const hash = createHash("sha256");
  let bytes = 0;
  const partial = `${out}.partial`;
  try {
    await pipeline(
      Readable.fromWeb(response.body as import("node:stream/web").ReadableStream<Uint8Array>),
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          bytes += chunk.length;
          done(null, chunk);
        },
      }),
      createWriteStream(partial),
    );
  } catch (error) {
    await rm(partial, { force: true });
    io.stderr(`telltale export: the download broke off after ${bytes} bytes: ${(error as Error).message}`);
    return 2;
  }
  const sha256 = hash.digest("hex");
  if (manifest.sha256 !== sha256) {
    await rm(partial, { force: true });
    io.stderr(
      `telltale export: the download's SHA-256 ${sha256} is not the manifest's ${manifest.sha256}; nothing written`,
    );
    return 2;
  }
  await rename(partial, out);
  await writeFile(`${out}.manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  io.stdout(
    `wrote ${out}: ${manifest.rows ?? "?"} rows, ${bytes} bytes, sha256 ${sha256} (manifest: ${out}.manifest.json)`,
  );
  return 0;
}
