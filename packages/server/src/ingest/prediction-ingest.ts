import type { IngestResult, RejectedRecord } from "@telltale/core";
import type { DuckDbStore, PreparedPredictions } from "../store/duckdb/duckdb-store.js";
import type { FeatureKind, FeatureSpec, Model, PredictionRow } from "../store/types.js";
import { rejection } from "./record-fields.js";
import { validatePrediction } from "./validate-prediction.js";

/** A batch checked at receipt against the schema of that moment. */
interface CheckedBatch {
  readonly records: readonly unknown[];
  readonly receivedAt: number;
  /** The model object the batch was checked against; a different one at commit time means the schema moved. */
  readonly checkedAgainst: Model;
  readonly rows: readonly PredictionRow[];
  readonly rejected: readonly RejectedRecord[];
  readonly inferred: readonly FeatureSpec[];
  readonly resolve: (result: IngestResult) => void;
  readonly reject: (error: unknown) => void;
}

interface BatchOutcome {
  readonly rowIds: readonly string[];
  readonly rejected: readonly RejectedRecord[];
  /** Ids repeated within the group (a client retrying while its first send is still queued). */
  readonly repeated: number;
  readonly newFeatures: readonly string[];
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

/** Checks every record of a batch against one schema; features it meets first are inferred in order. */
export function checkBatch(
  model: Model,
  versions: ReadonlySet<string>,
  records: readonly unknown[],
  receivedAt: number,
  features: Map<string, FeatureKind> = new Map(model.features.map((f) => [f.name, f.kind])),
): { rows: PredictionRow[]; rejected: RejectedRecord[]; inferred: FeatureSpec[] } {
  const context = { task: model.task, positiveLabel: model.positiveLabel, features, versions, receivedAt };
  const rows: PredictionRow[] = [];
  const rejected: RejectedRecord[] = [];
  const inferred: FeatureSpec[] = [];
  for (let index = 0; index < records.length; index++) {
    const check = validatePrediction(records[index], context);
    if (!check.success) {
      rejected.push(rejection(index, check));
      continue;
    }
    for (const f of check.inferred) {
      if (features.has(f.name)) continue;
      features.set(f.name, f.kind);
      inferred.push(f);
    }
    rows.push(check.row);
  }
  return { rows, rejected, inferred };
}

/**
 * Merges checked batches into one write: re-checks a batch whose schema moved since receipt (another batch added
 * a feature it also met), drops ids repeated within the group, and collects new features, segments and classes.
 */
export function prepareGroup(
  model: Model,
  versions: ReadonlySet<string>,
  batches: readonly CheckedBatch[],
): PreparedGroup {
  const features = new Map<string, FeatureKind>(model.features.map((f) => [f.name, f.kind]));
  const segments = new Set(model.segments);
  const classes = new Set(model.scoreClasses);
  const newFeatures: FeatureSpec[] = [];
  const newSegments: string[] = [];
  const newClasses: string[] = [];
  const seen = new Set<string>();
  const rows: PredictionRow[] = [];
  const outcomes = batches.map((batch): BatchOutcome => {
    let checked: {
      rows: readonly PredictionRow[];
      rejected: readonly RejectedRecord[];
      inferred: readonly FeatureSpec[];
    } = batch;
    const moved = batch.checkedAgainst !== model || batch.inferred.some((f) => features.has(f.name));
    if (moved) checked = checkBatch(model, versions, batch.records, batch.receivedAt, new Map(features));
    const added: string[] = [];
    for (const f of checked.inferred) {
      if (features.has(f.name)) continue;
      features.set(f.name, f.kind);
      newFeatures.push(f);
      added.push(f.name);
    }
    const rowIds: string[] = [];
    let repeated = 0;
    for (const row of checked.rows) {
      if (seen.has(row.id)) {
        repeated++;
        continue;
      }
      seen.add(row.id);
      for (const s in row.segments) {
        if (!segments.has(s)) {
          segments.add(s);
          newSegments.push(s);
        }
      }
      if (row.classScores) {
        for (const k in row.classScores) {
          if (!classes.has(k)) {
            classes.add(k);
            newClasses.push(k);
          }
        }
      }
      rows.push(row);
      rowIds.push(row.id);
    }
    return { rowIds, rejected: checked.rejected, repeated, newFeatures: added };
  });
  return { rows, newFeatures, newSegments, newClasses, outcomes };
}

/**
 * Group commit: records are checked on receipt, then, while one write is in flight, batches for the same model
 * queue up and the next write takes them all in one transaction. Each caller is answered only after the
 * transaction that holds its rows commits.
 */
export class PredictionIngest {
  private readonly queues = new Map<string, CheckedBatch[]>();
  private readonly running = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly store: DuckDbStore,
    private readonly onCommitted: (event: IngestCommitted) => void = () => undefined,
    private readonly maxGroupRecords = 20_000,
  ) {}

  submit(modelName: string, records: readonly unknown[], receivedAt: number): Promise<IngestResult> {
    const model = this.store.model(modelName);
    const checked = checkBatch(model, this.store.versionNames(modelName), records, receivedAt);
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(modelName) ?? [];
      queue.push({ records, receivedAt, checkedAgainst: model, ...checked, resolve, reject });
      this.queues.set(modelName, queue);
      if (!this.running.has(modelName)) this.start(modelName);
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

  /** Two groups in flight at most: one staging while the previous one inserts and commits. */
  private async drain(model: string): Promise<void> {
    const inFlight = new Set<Promise<void>>();
    for (;;) {
      const queue = this.queues.get(model) ?? [];
      if (queue.length === 0 || inFlight.size >= 2) {
        if (inFlight.size === 0) return;
        await Promise.race(inFlight);
        continue;
      }
      const group: CheckedBatch[] = [];
      let size = 0;
      while (
        queue.length > 0 &&
        (group.length === 0 || size + queue[0]!.records.length <= this.maxGroupRecords)
      ) {
        const batch = queue.shift()!;
        size += batch.records.length;
        group.push(batch);
      }
      let markStaged = () => {};
      const staged = new Promise<void>((resolve) => {
        markStaged = resolve;
      });
      const done: Promise<void> = this.commitGroup(model, group, markStaged).finally(() =>
        inFlight.delete(done),
      );
      inFlight.add(done);
      // Batches arriving while this group stages join the next group instead of trickling in one by one.
      await Promise.race([staged, done]);
    }
  }

  private async commitGroup(
    model: string,
    group: readonly CheckedBatch[],
    onStaged: () => void,
  ): Promise<void> {
    const started = performance.now();
    try {
      const { prepared, inserted } = await this.store.appendPredictions(
        model,
        (current, versions) => prepareGroup(current, versions, group),
        Math.max(...group.map((b) => b.receivedAt)),
        onStaged,
      );
      const seconds = (performance.now() - started) / 1000;
      prepared.outcomes.forEach((outcome, i) => {
        let accepted = 0;
        for (const id of outcome.rowIds) if (inserted.has(id)) accepted++;
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

  /** Resolves when every submitted batch has been committed or failed. */
  async drainAll(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }
}
