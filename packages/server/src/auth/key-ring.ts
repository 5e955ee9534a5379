import { createHash, randomBytes } from "node:crypto";
import { AppError } from "../errors/app-error.js";
import type { DuckDbStore } from "../store/duckdb/duckdb-store.js";
import type { ApiKey, KeyScope } from "../store/types.js";

export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** Who made a request: a stored key, or the bootstrap admin key from the environment. */
export interface Caller {
  readonly keyId: string;
  readonly scope: KeyScope;
}

export const BOOTSTRAP_KEY_ID = "env-admin";

/** Secrets are long random strings, so a plain sha256 (no salt, no stretching) is enough to store them. */
export function newSecret(): string {
  return `tt_${randomBytes(24).toString("base64url")}`;
}

/**
 * Authenticates bearer keys against hashes held in memory (the key table is small) and issues new keys. An
 * ingest key may only write predictions and labels; every other call needs an admin key.
 */
export class KeyRing {
  private readonly byHash = new Map<string, ApiKey>();

  private constructor(
    private readonly store: DuckDbStore,
    private readonly bootstrapHash: string | undefined,
  ) {}

  static async open(store: DuckDbStore, bootstrapKey: string | undefined): Promise<KeyRing> {
    const ring = new KeyRing(store, bootstrapKey === undefined ? undefined : hashSecret(bootstrapKey));
    for (const key of await store.listKeys()) if (key.revokedAt === null) ring.byHash.set(key.hash, key);
    return ring;
  }

  /** On a first start without TELLTALE_ADMIN_KEY: creates an admin key and returns its secret, to print once. */
  async bootstrap(now: number): Promise<string | undefined> {
    if (this.bootstrapHash !== undefined) return undefined;
    if ((await this.store.listKeys()).length > 0) return undefined;
    return (await this.create({ name: "bootstrap admin", scope: "admin" }, null, now)).secret;
  }

  authenticate(header: string | undefined): Caller {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
    if (!match) {
      throw new AppError("TELLTALE_UNAUTHORIZED", "missing API key: send 'Authorization: Bearer <key>'");
    }
    const hash = hashSecret(match[1]!);
    if (hash === this.bootstrapHash) return { keyId: BOOTSTRAP_KEY_ID, scope: "admin" };
    const key = this.byHash.get(hash);
    if (!key) throw new AppError("TELLTALE_UNAUTHORIZED", "unknown or revoked API key");
    return { keyId: key.id, scope: key.scope };
  }

  async create(
    input: { readonly name: string; readonly scope: KeyScope },
    createdBy: string | null,
    now: number,
  ): Promise<{ key: ApiKey; secret: string }> {
    const secret = newSecret();
    const key: ApiKey = {
      id: `key_${randomBytes(6).toString("hex")}`,
      name: input.name,
      scope: input.scope,
      hash: hashSecret(secret),
      createdAt: now,
      createdBy,
      revokedAt: null,
    };
    await this.store.insertKey(key);
    this.byHash.set(key.hash, key);
    return { key, secret };
  }

  async revoke(id: string, now: number): Promise<void> {
    if (!(await this.store.revokeKey(id, now))) {
      throw new AppError("TELLTALE_NOT_FOUND", `no active key with id '${id}'`, { id });
    }
    for (const [hash, key] of this.byHash) if (key.id === id) this.byHash.delete(hash);
  }

  list(): Promise<ApiKey[]> {
    return this.store.listKeys();
  }
}
