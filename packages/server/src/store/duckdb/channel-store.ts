import { randomBytes } from "node:crypto";
import { AppError } from "../../errors/app-error.js";
import type { DuckDbStore } from "./duckdb-store.js";

type Row = Record<string, unknown>;

/** A notification channel as stored: its config holds secrets, which only the senders read. */
export interface StoredChannel<C extends { type: string } = { type: string }> {
  readonly id: string;
  readonly name: string;
  readonly config: C;
  readonly createdAt: number;
  readonly createdBy: string;
}

const fromRow = <C extends { type: string }>(r: Row): StoredChannel<C> => ({
  id: String(r.id),
  name: String(r.name),
  config: JSON.parse(String(r.config)) as C,
  createdAt: Number(r.created_at),
  createdBy: String(r.created_by),
});

export class ChannelStore<C extends { type: string } = { type: string }> {
  constructor(private readonly store: DuckDbStore) {}

  async create(name: string, config: C, by: string, now: number): Promise<StoredChannel<C>> {
    const id = `chn_${randomBytes(6).toString("hex")}`;
    await this.store.database.write((c) =>
      c.run("INSERT INTO channels VALUES ($id, $name, $type, $config, $now, $by)", {
        id,
        name,
        type: config.type,
        config: JSON.stringify(config),
        now,
        by,
      }),
    );
    return { id, name, config, createdAt: now, createdBy: by };
  }

  async list(): Promise<StoredChannel<C>[]> {
    return this.store.database.read(async (c) =>
      (
        (await c.runAndReadAll("SELECT * FROM channels ORDER BY created_at, id")).getRowObjectsJS() as Row[]
      ).map((r) => fromRow<C>(r)),
    );
  }

  async get(id: string): Promise<StoredChannel<C>> {
    const row = await this.store.database.read(
      async (c) =>
        (
          (await c.runAndReadAll("SELECT * FROM channels WHERE id = $id", { id })).getRowObjectsJS() as Row[]
        )[0],
    );
    if (!row) throw new AppError("TELLTALE_NOT_FOUND", `no channel '${id}'`, { channel: id });
    return fromRow<C>(row);
  }

  /** Which of `ids` name no channel. */
  async missing(ids: readonly string[]): Promise<string[]> {
    const known = new Set((await this.list()).map((c) => c.id));
    return ids.filter((id) => !known.has(id));
  }

  async delete(id: string): Promise<void> {
    await this.get(id);
    await this.store.database.write((c) => c.run("DELETE FROM channels WHERE id = $id", { id }));
  }
}
