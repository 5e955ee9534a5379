import type { IngestResult, RejectedRecord } from "@telltale/core";
import type { DuckDbStore, PreparedPredictions } from "../store/duckdb/duckdb-store.js";
import type { FeatureKind, FeatureSpec, Model, PredictionRow } from "../store/types.js";
import { validatePrediction } from "./validate-prediction.js";

interface Batch {
  readonly records: readonly unknown[];
  readonly receivedAt: number;
  readonly resolve: (result: IngestResult) => void;
  readonly reject: (error: unknown) => void;
}

/** Per batch: where each valid record's row sits in the group, and what was already decided. */
interface BatchOutcome {
  readonly rowIds: string[];
  readonly rejected: RejectedRecord[];
  /** Ids repeated within the group (a client retrying while its first send is still queued). */
  repeated: number;
  readonly newFeatures: string[];
}

interface PreparedGroup extends PreparedPredictions {
  readonly outcomes: readonly BatchOutcome[];
}

export interface IngestCommitted {
  readonly model: string;
  readonly result: IngestResult;
  readonly records: number;
  readonly seconds: number;
}

/** Validates a group of batches against one schema snapshot; pure apart from the `now` it is given. */
export function prepareGroup(
  model: Model,
  versions: ReadonlySet<string>,
  batches: readonly Batch[],
): PreparedGroup {
  const features = new Map<string, FeatureKind>(model.features.map((f) => [f.name, f.kind]));
  const segments = new Set(model.segments);
  const classes = new Set(model.scoreClasses);
  const newFeatures: FeatureSpec[] = [];
  const newSegments: string[] = [];
  const newClasses: string[] = [];
  const seen = new Set<string>();
  const rows: PredictionRow[] = [];
  const outcomes = batches.map((batch) => {
    const outcome: BatchOutcome = { rowIds: [], rejected: [], repeated: 0, newFeatures: [] };
    const context = {
      task: model.task,
      positiveLabel: model.positiveLabel,
      features,
      versions,
      receivedAt: batch.receivedAt,
    };
    batch.records.forEach((raw, index) => {
      const check = validatePrediction(raw, context);
      if (!check.success) {
        outcome.rejected.push({
          index,
          ...(check.id !== undefined ? { id: check.id } : {}),
          code: check.code,
          message: check.message,
        });
        return;
      }
      const row = check.row;
      if (seen.has(row.id)) {
        outcome.repeated++;
        return;
      }
      seen.add(row.id);
      for (const f of check.inferred) {
        if (features.has(f.name)) continue;
        features.set(f.name, f.kind);
        newFeatures.push(f);
        outcome.newFeatures.push(f.name);
      }
      for (const s of Object.keys(row.segments)) {
        if (!segments.has(s)) {
          segments.add(s);
          newSegments.push(s);
        }
      }
      for (const k of Object.keys(row.classScores ?? {})) {
        if (!classes.has(k)) {
          classes.add(k);
          newClasses.push(k);
        }
      }
      rows.push(row);
      outcome.rowIds.push(row.id);
    });
    return outcome;
  });
  return { rows, newFeatures, newSegments, newClasses, outcomes };
}

/**
 * Group commit: while one write is in flight, batches for the same model queue up and the next write takes them
 * all in one transaction. Each caller is answered only after the transaction that holds its rows commits.
 */
export class PredictionIngest {
  private readonly queues = new Map<string, Batch[]>();
  private readonly running = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly store: DuckDbStore,
    private readonly onCommitted: (event: IngestCommitted) => void = () => undefined,
    private readonly maxGroupRecords = 20_000,
  ) {}

  submit(model: string, records: readonly unknown[], receivedAt: number): Promise<IngestResult> {
    this.store.model(model);
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(model) ?? [];
      queue.push({ records, receivedAt, resolve, reject });
      this.queues.set(model, queue);
      if (!this.running.has(model)) this.start(model);
    });
  }

  private start(model: string): void {
    this.running.add(model);
    const run = this.drain(model).finally(() => {
      this.running.delete(model);
      this.inFlight.delete(run);
    });
    this.inFlight.add(run);
  }

  private async drain(model: string): Promise<void> {
    for (;;) {
      const queue = this.queues.get(model) ?? [];
      if (queue.length === 0) return;
      const group: Batch[] = [];
      let size = 0;
      while (
        queue.length > 0 &&
        (group.length === 0 || size + queue[0]!.records.length <= this.maxGroupRecords)
      ) {
        const batch = queue.shift()!;
        size += batch.records.length;
        group.push(batch);
      }
      const started = performance.now();
      try {
        const { prepared, inserted } = await this.store.appendPredictions(
          model,
          (m, versions) => prepareGroup(m, versions, group),
          Math.max(...group.map((b) => b.receivedAt)),
        );
        const seconds = (performance.now() - started) / 1000;
        prepared.outcomes.forEach((outcome, i) => {
          const accepted = outcome.rowIds.filter((id) => inserted.has(id)).length;
          const result: IngestResult = {
            accepted,
            duplicates: outcome.rowIds.length - accepted + outcome.repeated,
            rejected: outcome.rejected,
            ...(outcome.newFeatures.length > 0 ? { newFeatures: outcome.newFeatures } : {}),
          };
          group[i]!.resolve(result);
          this.onCommitted({ model, result, records: group[i]!.records.length, seconds });
        });
      } catch (error) {
        for (const batch of group) batch.reject(error);
      }
    }
  }

  /** Resolves when every submitted batch has been committed or failed. */
  async drainAll(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }
}
