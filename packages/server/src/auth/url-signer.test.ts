import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { signingSecret, UrlSigner } from "./url-signer.js";

const signer = new UrlSigner(Buffer.from("secret"));
const NOW = Date.UTC(2026, 10, 1);

describe("UrlSigner", () => {
  it("accepts its own URL until it expires, in any parameter order", () => {
    const url = signer.sign("/api/v1/models/m/export?from=1&to=2&format=csv", NOW + 60_000);
    expect(() => signer.verify(url, NOW)).not.toThrow();
    const [path, query] = url.split("?");
    const reordered = `${path}?${query!.split("&").reverse().join("&")}`;
    expect(() => signer.verify(reordered, NOW)).not.toThrow();
    expect(() => signer.verify(url, NOW + 60_000)).toThrow(
      expect.objectContaining({ code: "TELLTALE_URL_EXPIRED" }),
    );
  });

  it.each([
    ["a changed window", (u: string) => u.replace("to=2", "to=3")],
    ["an added parameter", (u: string) => `${u}&labelled=false`],
    [
      "a later expiry",
      (u: string) => u.replace(/expires=\d+/, (m) => `expires=${Number(m.slice(8)) + 3600}`),
    ],
    ["another path", (u: string) => u.replace("/models/m/", "/models/n/")],
    ["a truncated signature", (u: string) => u.slice(0, -2)],
    ["no signature", (u: string) => u.replace(/&signature=[^&]+/, "")],
  ])("refuses %s", (_, tamper) => {
    const url = signer.sign("/api/v1/models/m/export?from=1&to=2", NOW + 60_000);
    expect(() => signer.verify(tamper(url), NOW)).toThrow(
      expect.objectContaining({ code: "TELLTALE_BAD_SIGNATURE" }),
    );
  });

  it("refuses a URL signed with another secret", () => {
    const url = new UrlSigner(Buffer.from("other")).sign("/x?a=1", NOW + 60_000);
    expect(() => signer.verify(url, NOW)).toThrow(
      expect.objectContaining({ code: "TELLTALE_BAD_SIGNATURE" }),
    );
  });

  it("keeps a generated secret in the data directory and refuses a key that is short or not hex", () => {
    const dir = mkdtempSync(join(tmpdir(), "telltale-signing-"));
    const first = signingSecret(undefined, dir);
    expect(first.length).toBe(32);
    expect(signingSecret(undefined, dir).equals(first)).toBe(true);
    for (const bad of ["", "my-secret-passphrase", "abcd"]) {
      const other = mkdtempSync(join(tmpdir(), "telltale-signing-"));
      writeFileSync(join(other, "signing.key"), bad);
      expect(() => signingSecret(undefined, other)).toThrow(
        expect.objectContaining({ code: "TELLTALE_BAD_CONFIG" }),
      );
    }
  });
});
