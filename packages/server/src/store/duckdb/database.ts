import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { SerialQueue } from "./serial-queue.js";

export const DATABASE_FILE = "telltale.duckdb";
const CHECKPOINT_THRESHOLD = "64MB";

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
    private readonly stagers: readonly Lane[],
    readonly path: string,
  ) {}

  private next = 0;
  private readonly alone = new SerialQueue();
  private nextStager = 0;
  private closed = false;

  static async open(
    dataDir: string | null,
    options: { readonly readers?: number; readonly memoryLimit?: string } = {},
  ): Promise<Database> {
    const readers = options.readers ?? 2;
    let path = ":memory:";
    if (dataDir !== null) {
      mkdirSync(dataDir, { recursive: true });
      path = join(dataDir, DATABASE_FILE);
    }
    // DuckDB checkpoints when the WAL passes 16 MB by default, stalling a commit each time at ingest rates; a
    // larger WAL means fewer stalls and still replays in seconds after a crash.
    const instance = await DuckDBInstance.create(path, {
      checkpoint_threshold: CHECKPOINT_THRESHOLD,
      ...(options.memoryLimit !== undefined ? { memory_limit: options.memoryLimit } : {}),
    });
    const lane = async (): Promise<Lane> => ({
      connection: await instance.connect(),
      queue: new SerialQueue(),
    });
    const writer = await lane();
    const readerLanes: Lane[] = [];
    for (let i = 0; i < readers; i++) readerLanes.push(await lane());
    const stagerLanes = [await lane(), await lane()];
    return new Database(instance, writer, readerLanes, stagerLanes, path);
  }

  /** A write transaction: committed when `work` resolves, rolled back when it throws. */
  write<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    return this.writeOn(this.writer.connection, work);
  }

  /**
   * Staged writes: `stage` runs on a staging connection outside any transaction (so it overlaps other writes),
   * then `work` runs as a write transaction on that same connection, which sees the staged temp tables.
   */
  staged<S, T>(
    stage: (connection: DuckDBConnection) => Promise<S>,
    work: (connection: DuckDBConnection, staged: S) => Promise<T>,
    onStaged?: () => void,
  ): Promise<T> {
    const lane = this.stagers[this.nextStager++ % this.stagers.length]!;
    return lane.queue.run(async () => {
      let staged: S;
      try {
        staged = await stage(lane.connection);
      } finally {
        onStaged?.();
      }
      return this.writeOn(lane.connection, (c) => work(c, staged));
    });
  }

  /** Every write transaction, on whichever connection, runs alone: DuckDB never sees two writers conflict. */
  private writeOn<T>(
    connection: DuckDBConnection,
    work: (connection: DuckDBConnection) => Promise<T>,
  ): Promise<T> {
    return this.writer.queue.run(async () => {
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

  /**
   * A long read (an export) on a connection of its own, one at a time, so it holds up neither the reader lanes
   * that monitors and the dashboard use nor a second export's share of DuckDB's threads and memory.
   */
  readAlone<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    return this.alone.run(async () => {
      const connection = await this.instance.connect();
      try {
        await connection.run("BEGIN TRANSACTION");
        try {
          return await work(connection);
        } finally {
          await connection.run("COMMIT").catch(() => undefined);
        }
      } finally {
        connection.closeSync();
      }
    });
  }

  /** Waits for queued writes, checkpoints the WAL into the file and closes. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const lane of this.stagers) await lane.queue.drain();
    await this.writer.queue.drain();
    for (const lane of this.readers) await lane.queue.drain();
    await this.writer.connection.run("CHECKPOINT").catch(() => undefined);
    for (const lane of [this.writer, ...this.readers, ...this.stagers]) lane.connection.closeSync();
    this.instance.closeSync();
  }
}
