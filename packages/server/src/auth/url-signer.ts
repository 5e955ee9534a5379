import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AppError } from "../errors/app-error.js";

/**
 * What a signature covers: the method, the path and every query parameter but `signature`, sorted, so reordering
 * parameters keeps a URL valid and changing any of them (the window, the format, `expires`) breaks it.
 */
function canonical(path: string, params: URLSearchParams): string {
  const entries = [...params.entries()]
    .filter(([k]) => k !== "signature")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `GET\n${path}\n${new URLSearchParams(entries).toString()}`;
}

/** Signs URLs that grant one read without an API key until they expire (HMAC-SHA256 with the server's secret). */
export class UrlSigner {
  constructor(private readonly secret: Buffer) {}

  private mac(path: string, params: URLSearchParams): string {
    return createHmac("sha256", this.secret).update(canonical(path, params)).digest("base64url");
  }

  /** `pathAndQuery` (e.g. `/api/v1/models/m/export?from=…`) with `expires` (epoch seconds) and `signature` added. */
  sign(pathAndQuery: string, expiresAt: number): string {
    const url = new URL(pathAndQuery, "http://signed.invalid");
    url.searchParams.delete("signature");
    url.searchParams.set("expires", String(Math.floor(expiresAt / 1000)));
    url.searchParams.set("signature", this.mac(url.pathname, url.searchParams));
    return `${url.pathname}?${url.searchParams.toString()}`;
  }

  /** Throws TELLTALE_BAD_SIGNATURE for an altered URL and TELLTALE_URL_EXPIRED for one past its `expires`. */
  verify(pathAndQuery: string, now: number): void {
    const url = new URL(pathAndQuery, "http://signed.invalid");
    const given = Buffer.from(url.searchParams.get("signature") ?? "");
    const expected = Buffer.from(this.mac(url.pathname, url.searchParams));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new AppError(
        "TELLTALE_BAD_SIGNATURE",
        "the URL's signature does not match it: it was altered or signed by another server",
      );
    }
    const expires = Number(url.searchParams.get("expires"));
    if (!Number.isFinite(expires) || expires * 1000 <= now) {
      throw new AppError(
        "TELLTALE_URL_EXPIRED",
        `the signed URL expired at ${new Date(expires * 1000).toISOString()}`,
        {
          expiredAt: new Date(expires * 1000).toISOString(),
        },
      );
    }
  }
}

/**
 * The signing secret: the configured one, else one kept in the data directory (created on first start, readable by
 * the owner only) so signed URLs survive restarts, else (in memory) one for this process.
 */
export function signingSecret(configured: string | undefined, dataDir: string | null): Buffer {
  if (configured !== undefined) return Buffer.from(configured);
  if (dataDir === null) return randomBytes(32);
  const path = join(dataDir, "signing.key");
  if (!existsSync(path)) {
    // Written whole under another name and renamed, so a crash never leaves an empty key behind.
    const partial = `${path}.${process.pid}.tmp`;
    writeFileSync(partial, randomBytes(32).toString("hex"), { mode: 0o600 });
    chmodSync(partial, 0o600);
    renameSync(partial, path);
  }
  const text = readFileSync(path, "utf8").trim();
  const secret = Buffer.from(text, "hex");
  // A short or non-hex key would make signatures guessable (an empty HMAC key is public): refuse to start.
  if (secret.length < 32 || secret.toString("hex") !== text.toLowerCase()) {
    throw new AppError(
      "TELLTALE_BAD_CONFIG",
      `${path} must hold 32 or more random bytes as hex; delete it to have a new one made, or set TELLTALE_SIGNING_SECRET`,
    );
  }
  return secret;
}
