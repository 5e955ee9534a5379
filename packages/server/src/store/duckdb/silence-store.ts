import { randomBytes } from "node:crypto";
import { AppError } from "../../errors/app-error.js";
import type { DuckDbStore } from "./duckdb-store.js";

type Row = Record<string, unknown>;

export interface Silence {
  readonly id: string;
  readonly matchers: Readonly<Record<string, string>>;
  readonly startsAt: number;
  readonly endsAt: number;
  readonly comment: string;
  readonly createdAt: number;
  readonly createdBy: string;
}

const fromRow = (r: Row): Silence => ({
  id: String(r.id),
  matchers: JSON.parse(String(r.matchers)) as Record<string, string>,
  startsAt: Number(r.starts_at),
  endsAt: Number(r.ends_at),
  comment: String(r.comment),
  createdAt: Number(r.created_at),
  createdBy: String(r.created_by),
});

/** Silences mute matching alerts' notifications for a time; deleting one ends it now and keeps it listed. */
export class SilenceStore {
  constructor(private readonly store: DuckDbStore) {}

  async create(
    input: Omit<Silence, "id" | "createdAt" | "createdBy">,
    by: string,
    now: number,
  ): Promise<Silence> {
    const silence = { ...input, id: `sil_${randomBytes(6).toString("hex")}`, createdAt: now, createdBy: by };
    await this.store.database.write((c) =>
      c.run(
        "INSERT INTO silences VALUES ($id, $matchers, $startsAt, $endsAt, $comment, $createdAt, $createdBy)",
        {
          ...silence,
          matchers: JSON.stringify(silence.matchers),
        },
      ),
    );
    return silence;
  }

  async list(): Promise<Silence[]> {
    return this.store.database.read(async (c) =>
      (
        (
          await c.runAndReadAll("SELECT * FROM silences ORDER BY starts_at DESC, id")
        ).getRowObjectsJS() as Row[]
      ).map(fromRow),
    );
  }

  /** Silences in force at `now` or later. */
  async current(now: number): Promise<Silence[]> {
    return this.store.database.read(async (c) =>
      (
        (
          await c.runAndReadAll("SELECT * FROM silences WHERE ends_at > $now", { now })
        ).getRowObjectsJS() as Row[]
      ).map(fromRow),
    );
  }

  /** Ends a silence now (Alertmanager's expire); one that has not started yet ends at its start. */
  async expire(id: string, now: number): Promise<Silence> {
    const found = (await this.list()).find((s) => s.id === id);
    if (!found) throw new AppError("TELLTALE_NOT_FOUND", `no silence '${id}'`, { silence: id });
    const endsAt = Math.max(found.startsAt, Math.min(found.endsAt, now));
    await this.store.database.write((c) =>
      c.run("UPDATE silences SET ends_at = $endsAt WHERE id = $id", { id, endsAt }),
    );
    return { ...found, endsAt };
  }
}
