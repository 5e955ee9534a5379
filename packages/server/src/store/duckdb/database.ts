import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { SerialQueue } from "./serial-queue.js";

export const DATABASE_FILE = "telltale.duckdb";

interface Lane {
  readonly connection: DuckDBConnection;
  readonly queue: SerialQueue;
}

/**
 * The embedded database: one file, one writer lane (every write is serialised, so transactions never conflict)
 * and a few reader lanes, which see committed snapshots while the writer works.
 */
export class Database {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly writer: Lane,
    private readonly readers: readonly Lane[],
    readonly path: string,
  ) {}

  private next = 0;
  private closed = false;

  static async open(dataDir: string | null, readers = 2): Promise<Database> {
    let path = ":memory:";
    if (dataDir !== null) {
      mkdirSync(dataDir, { recursive: true });
      path = join(dataDir, DATABASE_FILE);
    }
    const instance = await DuckDBInstance.create(path);
    const lane = async (): Promise<Lane> => ({
      connection: await instance.connect(),
      queue: new SerialQueue(),
    });
    const writer = await lane();
    const readerLanes: Lane[] = [];
    for (let i = 0; i < readers; i++) readerLanes.push(await lane());
    return new Database(instance, writer, readerLanes, path);
  }

  /** A write transaction: committed when `work` resolves, rolled back when it throws. */
  write<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    return this.writer.queue.run(async () => {
      const connection = this.writer.connection;
      await connection.run("BEGIN TRANSACTION");
      try {
        const result = await work(connection);
        await connection.run("COMMIT");
        return result;
      } catch (error) {
        await connection.run("ROLLBACK").catch(() => undefined);
        throw error;
      }
    });
  }

  /** A read in one transaction, so every query of `work` sees the same snapshot. */
  read<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    const lane = this.readers[this.next++ % this.readers.length]!;
    return lane.queue.run(async () => {
      await lane.connection.run("BEGIN TRANSACTION");
      try {
        return await work(lane.connection);
      } finally {
        await lane.connection.run("COMMIT").catch(() => undefined);
      }
    });
  }

  /** Waits for queued writes, checkpoints the WAL into the file and closes. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writer.queue.drain();
    for (const lane of this.readers) await lane.queue.drain();
    await this.writer.connection.run("CHECKPOINT").catch(() => undefined);
    for (const lane of [this.writer, ...this.readers]) lane.connection.closeSync();
    this.instance.closeSync();
  }
}
