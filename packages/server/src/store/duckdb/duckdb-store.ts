import { statSync } from "node:fs";
import type { DuckDBConnection, DuckDBValue } from "@duckdb/node-api";
import type { BusinessMetricDefinition, Table } from "@telltale/core";
import { AppError } from "../../errors/app-error.js";
import type { InputFormat } from "../../io/input-format.js";
import { importFile, readRelation } from "../../io/read-table.js";
import type {
  Alias,
  AliasChange,
  ApiKey,
  FeatureSpec,
  FeedbackRow,
  LabelRow,
  Model,
  ModelPatch,
  NewModel,
  NewVersion,
  PredictionRow,
  StoredPrediction,
  Version,
  VersionPatch,
  WindowFilter,
} from "../types.js";
import { removeAlias, selectAliases, selectAliasHistory, upsertAlias } from "./alias-queries.js";
import { keyFromRow, modelFromRow, versionFromRow } from "./catalog-rows.js";
import { CATALOG_SCHEMA } from "./catalog-schema.js";
import { Database } from "./database.js";
import {
  addFeedbackKey,
  classScoreColumn,
  createFeedbackTable,
  createModelTables,
  featureColumn,
  featureType,
  feedbackTable,
  pendingLabelsTable,
  predictionsTable,
  referenceTable,
  SEQ_COLUMN,
  segmentColumn,
} from "./model-tables.js";
import { type BucketState, readBucketStates, readOutcomeDictionaries } from "./read-bucket-states.js";
import { readStoredPrediction } from "./read-prediction.js";
import { readSegmentValues, type SegmentValues } from "./read-segment-values.js";
import {
  type OutcomeDictionaries,
  readWindow,
  startReadWindow,
  type WindowRequest,
  type WindowRows,
} from "./read-window.js";
import { writeFeedback } from "./write-feedback.js";
import { type LabelWrite, writeLabels } from "./write-labels.js";
import { insertStaged, stagePredictions } from "./write-predictions.js";

type Row = Record<string, unknown>;

async function rows(connection: DuckDBConnection, sql: string, params: Record<string, DuckDBValue> = {}) {
  const result = await connection.runAndReadAll(sql, params);
  return result.getRowObjectsJS() as Row[];
}

/** The model columns that both insert and update write, as bound parameters. */
function modelColumns(model: Model): Record<string, DuckDBValue> {
  return {
    id: model.id,
    features: JSON.stringify(model.features),
    segments: JSON.stringify(model.segments),
    sensitive: JSON.stringify(model.sensitive),
    positiveLabel: model.positiveLabel,
    description: model.description,
    tags: JSON.stringify(model.tags),
    correctionsAsLabels: model.correctionsAsLabels,
  };
}

/** What a batch of predictions needs from the schema, computed by the caller inside the write lane. */
export interface PreparedPredictions {
  readonly rows: readonly PredictionRow[];
  readonly newFeatures: readonly FeatureSpec[];
  readonly newSegments: readonly string[];
  readonly newClasses: readonly string[];
}

/** Reads of one model inside one snapshot (see `DuckDbStore.snapshot`). */
export interface WindowReader {
  /** The model as it was when the snapshot began. */
  readonly model: Model;
  bucketStates(
    filter: WindowFilter,
    bucket: { readonly origin: number; readonly intervalMs: number },
  ): Promise<BucketState[]>;
  outcomeDictionaries(filter: WindowFilter): Promise<OutcomeDictionaries>;
  window(request: WindowRequest): Promise<WindowRows>;
  /** Starts reading a window; resolves once DuckDB scans it, with a function that waits for the rows. */
  startWindow(request: WindowRequest): Promise<() => Promise<WindowRows>>;
}

/**
 * The embedded store. The catalog (models, versions) is small and mirrored in memory, so ingest checks a record's
 * model and version without a query; every write goes through the database's single writer lane.
 */
export class DuckDbStore {
  private readonly models = new Map<string, Model>();
  private readonly versions = new Map<string, Map<string, Version>>();
  private readonly pendingCounts = new Map<number, number>();
  /** The last change number given to a write of predictions or labels; see SEQ_COLUMN. */
  private changeSeq = 0;

  private constructor(readonly database: Database) {}

  static async open(
    dataDir: string | null,
    options: { readonly memoryLimit?: string } = {},
  ): Promise<DuckDbStore> {
    const database = await Database.open(dataDir, options);
    const store = new DuckDbStore(database);
    await database.write(async (c) => {
      for (const ddl of CATALOG_SCHEMA) await c.run(ddl);
      // Tables created before rows carried a change number get the column; their rows count as change 0.
      for (const { id } of await rows(c, "SELECT id FROM models")) {
        await c.run(
          `ALTER TABLE ${predictionsTable(Number(id))} ADD COLUMN IF NOT EXISTS ${SEQ_COLUMN} BIGINT DEFAULT 0`,
        );
        await c.run(createFeedbackTable(Number(id)));
        await c.run(addFeedbackKey(Number(id)));
      }
    });
    await store.loadCatalog();
    return store;
  }

  private async loadCatalog(): Promise<void> {
    await this.database.read(async (c) => {
      for (const row of await rows(c, "SELECT * FROM models ORDER BY id")) {
        const model = modelFromRow(row);
        this.models.set(model.name, model);
        this.versions.set(model.name, new Map());
        const pending = await rows(c, `SELECT count(*) AS n FROM ${pendingLabelsTable(model.id)}`);
        this.pendingCounts.set(model.id, Number(pending[0]!.n));
        const seq = await rows(
          c,
          `SELECT coalesce(max(${SEQ_COLUMN}), 0) AS s FROM ${predictionsTable(model.id)}`,
        );
        this.changeSeq = Math.max(this.changeSeq, Number(seq[0]!.s));
      }
      const byId = new Map([...this.models.values()].map((m) => [m.id, m.name] as const));
      for (const row of await rows(c, "SELECT * FROM versions ORDER BY id")) {
        const name = byId.get(Number(row.model_id));
        if (name === undefined) continue;
        const version = versionFromRow(row, name);
        this.versions.get(name)!.set(version.version, version);
      }
    });
  }

  close(): Promise<void> {
    return this.database.close();
  }

  /** Bytes of the database file and its write-ahead log (0 in memory). */
  sizeBytes(): number {
    if (this.database.path === ":memory:") return 0;
    let total = 0;
    for (const path of [this.database.path, `${this.database.path}.wal`]) {
      try {
        total += statSync(path).size;
      } catch {
        // The WAL exists only between checkpoints.
      }
    }
    return total;
  }

  // Keys

  async insertKey(key: ApiKey): Promise<void> {
    await this.database.write((c) =>
      c.run("INSERT INTO api_keys VALUES ($id, $name, $scope, $hash, $createdAt, $createdBy, NULL)", {
        id: key.id,
        name: key.name,
        scope: key.scope,
        hash: key.hash,
        createdAt: key.createdAt,
        createdBy: key.createdBy,
      }),
    );
  }

  async listKeys(): Promise<ApiKey[]> {
    return this.database.read(async (c) =>
      (await rows(c, "SELECT * FROM api_keys ORDER BY created_at, id")).map(keyFromRow),
    );
  }

  async revokeKey(id: string, at: number): Promise<boolean> {
    return this.database.write(async (c) => {
      const result = await c.runAndReadAll(
        "UPDATE api_keys SET revoked_at = $at WHERE id = $id AND revoked_at IS NULL RETURNING id",
        { id, at },
      );
      return result.currentRowCount > 0;
    });
  }

  // Models

  listModels(): Model[] {
    return [...this.models.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  findModel(name: string): Model | undefined {
    return this.models.get(name);
  }

  model(name: string): Model {
    const model = this.models.get(name);
    if (!model) throw new AppError("TELLTALE_UNKNOWN_MODEL", `no model named '${name}'`, { model: name });
    return model;
  }

  async createModel(input: NewModel, now: number): Promise<Model> {
    return this.database.write(async (c) => {
      if (this.models.has(input.name)) {
        throw new AppError("TELLTALE_CONFLICT", `a model named '${input.name}' already exists`, {
          model: input.name,
        });
      }
      const next = await rows(c, "SELECT coalesce(max(id), 0) + 1 AS id FROM models");
      const model: Model = {
        id: Number(next[0]!.id),
        ...input,
        scoreClasses: [],
        business: [],
        createdAt: now,
        updatedAt: now,
      };
      await c.run(
        `INSERT INTO models VALUES ($id, $name, $task, $features, $segments, $sensitive, $positiveLabel, $description,
         $tags, '[]', $now, $now, '[]', $correctionsAsLabels)`,
        { ...modelColumns(model), name: model.name, task: model.task, now },
      );
      for (const ddl of createModelTables(model.id, model.task)) await c.run(ddl);
      for (const feature of model.features) {
        await c.run(
          `ALTER TABLE ${predictionsTable(model.id)} ADD COLUMN ${featureColumn(feature.name)} ${featureType(feature.kind)}`,
        );
      }
      for (const segment of model.segments) {
        await c.run(`ALTER TABLE ${predictionsTable(model.id)} ADD COLUMN ${segmentColumn(segment)} VARCHAR`);
      }
      this.models.set(model.name, model);
      this.versions.set(model.name, new Map());
      this.pendingCounts.set(model.id, 0);
      return model;
    });
  }

  async updateModel(name: string, patch: ModelPatch, now: number): Promise<Model> {
    return this.database.write(async (c) => {
      const current = this.model(name);
      const newSegments = (patch.segments ?? []).filter((s) => !current.segments.includes(s));
      for (const segment of newSegments) {
        await c.run(
          `ALTER TABLE ${predictionsTable(current.id)} ADD COLUMN ${segmentColumn(segment)} VARCHAR`,
        );
      }
      const model: Model = {
        ...current,
        ...(patch.description !== undefined ? { description: patch.description } : {}),
        ...(patch.tags !== undefined ? { tags: patch.tags } : {}),
        ...(patch.positiveLabel !== undefined ? { positiveLabel: patch.positiveLabel } : {}),
        ...(patch.sensitive !== undefined ? { sensitive: patch.sensitive } : {}),
        ...(patch.correctionsAsLabels !== undefined
          ? { correctionsAsLabels: patch.correctionsAsLabels }
          : {}),
        segments: [...current.segments, ...newSegments],
        updatedAt: now,
      };
      await this.saveModel(c, model);
      return model;
    });
  }

  /** Replaces a model's business metrics; the model object changes, so cached series computed with the old ones go. */
  async setBusinessMetrics(
    name: string,
    business: readonly BusinessMetricDefinition[],
    now: number,
  ): Promise<Model> {
    return this.database.write(async (c) => {
      const model: Model = { ...this.model(name), business, updatedAt: now };
      await this.saveModel(c, model);
      return model;
    });
  }

  private async saveModel(c: DuckDBConnection, model: Model): Promise<void> {
    await c.run(
      `UPDATE models SET features = $features, segments = $segments, sensitive = $sensitive,
       positive_label = $positiveLabel, description = $description, tags = $tags, score_classes = $classes,
       business = $business, corrections_as_labels = $correctionsAsLabels, updated_at = $updatedAt WHERE id = $id`,
      {
        ...modelColumns(model),
        classes: JSON.stringify(model.scoreClasses),
        business: JSON.stringify(model.business),
        updatedAt: model.updatedAt,
      },
    );
    this.models.set(model.name, model);
  }

  async deleteModel(name: string): Promise<void> {
    await this.database.write(async (c) => {
      const model = this.model(name);
      for (const version of this.versions.get(name)?.values() ?? []) {
        await c.run(`DROP TABLE IF EXISTS ${referenceTable(model.id, version.id)}`);
      }
      await c.run(`DROP TABLE IF EXISTS ${predictionsTable(model.id)}`);
      await c.run(`DROP TABLE IF EXISTS ${pendingLabelsTable(model.id)}`);
      await c.run(`DROP TABLE IF EXISTS ${feedbackTable(model.id)}`);
      for (const table of [
        "versions",
        "aliases",
        "alias_history",
        "monitors",
        "monitor_evaluations",
        "alert_states",
        "alerts",
        "alert_events",
        "actions",
        "action_runs",
        "comparisons",
      ]) {
        await c.run(`DELETE FROM ${table} WHERE model_id = $id`, { id: model.id });
      }
      await c.run("DELETE FROM models WHERE id = $id", { id: model.id });
      this.models.delete(name);
      this.versions.delete(name);
      this.pendingCounts.delete(model.id);
    });
  }

  // Versions

  listVersions(model: string): Version[] {
    this.model(model);
    return [...this.versions.get(model)!.values()];
  }

  versionNames(model: string): ReadonlySet<string> {
    return new Set(this.versions.get(model)?.keys() ?? []);
  }

  version(model: string, version: string): Version {
    const found = this.versions.get(this.model(model).name)!.get(version);
    if (!found) {
      throw new AppError("TELLTALE_UNKNOWN_VERSION", `model '${model}' has no version '${version}'`, {
        model,
        version,
      });
    }
    return found;
  }

  async createVersion(model: string, input: NewVersion, now: number): Promise<Version> {
    return this.database.write(async (c) => {
      const owner = this.model(model);
      if (this.versions.get(model)!.has(input.version)) {
        throw new AppError("TELLTALE_CONFLICT", `model '${model}' already has a version '${input.version}'`, {
          model,
          version: input.version,
        });
      }
      const next = await rows(c, "SELECT coalesce(max(id), 0) + 1 AS id FROM versions");
      const version: Version = { id: Number(next[0]!.id), model, ...input, createdAt: now, reference: null };
      await c.run(
        `INSERT INTO versions VALUES ($id, $modelId, $version, $description, $tags, $metrics, $endpoint, $now,
         NULL, NULL, NULL)`,
        {
          id: version.id,
          modelId: owner.id,
          version: version.version,
          description: version.description,
          tags: JSON.stringify(version.tags),
          metrics: JSON.stringify(version.metrics),
          endpoint: version.endpoint,
          now,
        },
      );
      this.versions.get(model)!.set(version.version, version);
      return version;
    });
  }

  /** Changes a version's description, tags, benchmark metrics or endpoint; what the patch omits stays. */
  async updateVersion(model: string, versionName: string, patch: VersionPatch): Promise<Version> {
    return this.database.write(async (c) => {
      const current = this.version(model, versionName);
      const version: Version = {
        ...current,
        ...(patch.description !== undefined ? { description: patch.description } : {}),
        ...(patch.tags !== undefined ? { tags: patch.tags } : {}),
        ...(patch.metrics !== undefined ? { metrics: patch.metrics } : {}),
        ...(patch.endpoint !== undefined ? { endpoint: patch.endpoint } : {}),
      };
      await c.run(
        `UPDATE versions SET description = $description, tags = $tags, metrics = $metrics, endpoint = $endpoint
         WHERE id = $id`,
        {
          id: version.id,
          description: version.description,
          tags: JSON.stringify(version.tags),
          metrics: JSON.stringify(version.metrics),
          endpoint: version.endpoint,
        },
      );
      this.versions.get(model)!.set(version.version, version);
      return version;
    });
  }

  /** Replaces the version's reference with the rows of a file (parsed by DuckDB) in one transaction. */
  async putReference(
    model: string,
    versionName: string,
    file: { readonly path: string; readonly format: InputFormat },
    now: number,
  ): Promise<{ version: Version; columns: { name: string; numeric: boolean }[] }> {
    return this.database.write(async (c) => {
      const owner = this.model(model);
      const version = this.version(model, versionName);
      const table = referenceTable(owner.id, version.id);
      await importFile(c, file.path, file.format, table, false);
      const described = await c.run(`SELECT * FROM ${table} LIMIT 0`);
      const columns = described.columnNames();
      const numeric = described
        .columnTypes()
        .map((t) =>
          /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|U\w*INT|FLOAT|DOUBLE|REAL|DECIMAL.*)$/.test(
            t.toString().toUpperCase(),
          ),
        );
      const count = Number((await rows(c, `SELECT count(*) AS n FROM ${table}`))[0]!.n);
      if (count === 0) throw new AppError("TELLTALE_EMPTY_FILE", "the reference has no rows");
      await c.run(
        `UPDATE versions SET reference_rows = $rows, reference_columns = $columns, reference_uploaded_at = $now
         WHERE id = $id`,
        { rows: count, columns: JSON.stringify(columns), now, id: version.id },
      );
      const updated: Version = { ...version, reference: { rows: count, columns, uploadedAt: now } };
      this.versions.get(model)!.set(versionName, updated);
      return { version: updated, columns: columns.map((name, i) => ({ name, numeric: numeric[i]! })) };
    });
  }

  async readReference(model: string, versionName: string): Promise<Table> {
    const owner = this.model(model);
    const version = this.version(model, versionName);
    if (!version.reference) {
      throw new AppError(
        "TELLTALE_NO_REFERENCE",
        `version '${versionName}' of '${model}' has no reference yet`,
        {
          model,
          version: versionName,
        },
      );
    }
    return this.database.read((c) =>
      readRelation(c, referenceTable(owner.id, version.id), {}, `${model}@${versionName} reference`),
    );
  }

  /** Adds features to a model's schema (found in a reference, say). */
  async addFeatures(modelName: string, features: readonly FeatureSpec[], now: number): Promise<Model> {
    return this.database.write((c) =>
      this.growSchema(
        c,
        this.model(modelName),
        { rows: [], newFeatures: features, newSegments: [], newClasses: [] },
        now,
      ),
    );
  }

  /** Adds schema found in incoming records (features, segments, score classes) to the model and its table. */
  async growSchema(
    c: DuckDBConnection,
    model: Model,
    prepared: PreparedPredictions,
    now: number,
  ): Promise<Model> {
    const { newFeatures, newSegments, newClasses } = prepared;
    if (newFeatures.length === 0 && newSegments.length === 0 && newClasses.length === 0) return model;
    const table = predictionsTable(model.id);
    for (const f of newFeatures)
      await c.run(`ALTER TABLE ${table} ADD COLUMN ${featureColumn(f.name)} ${featureType(f.kind)}`);
    for (const s of newSegments) await c.run(`ALTER TABLE ${table} ADD COLUMN ${segmentColumn(s)} VARCHAR`);
    for (const k of newClasses) await c.run(`ALTER TABLE ${table} ADD COLUMN ${classScoreColumn(k)} DOUBLE`);
    const grown: Model = {
      ...model,
      features: [...model.features, ...newFeatures],
      segments: [...model.segments, ...newSegments],
      scoreClasses: [...model.scoreClasses, ...newClasses],
      updatedAt: now,
    };
    await this.saveModel(c, grown);
    return grown;
  }

  /**
   * One durable write of predictions, resolved after its commit with the ids that were new. `prepare` checks the
   * group against the schema of the moment; rows are staged before the write lock (overlapping the previous
   * group's insert). A group that grows the schema, or whose schema moved meanwhile, is redone under the lock.
   */
  async appendPredictions<T extends PreparedPredictions>(
    modelName: string,
    prepare: (model: Model, versions: ReadonlySet<string>) => T,
    now: number,
    onStaged?: () => void,
  ): Promise<{ prepared: T; inserted: Set<string> }> {
    const stagedAgainst = this.model(modelName);
    let prepared = prepare(stagedAgainst, this.versionNames(modelName));
    const grows = (p: PreparedPredictions) =>
      p.newFeatures.length > 0 || p.newSegments.length > 0 || p.newClasses.length > 0;
    return this.database.staged(
      async (c) =>
        grows(prepared) || prepared.rows.length === 0
          ? undefined
          : stagePredictions(c, stagedAgainst.id, prepared.rows),
      async (c, stage) => {
        let model = this.model(modelName);
        // Without growth, BY NAME fills columns added since staging with NULL, so the staged rows stand.
        if (stage === undefined) {
          if (model !== stagedAgainst) prepared = prepare(model, this.versionNames(modelName));
          model = await this.growSchema(c, model, prepared, now);
          if (prepared.rows.length === 0) return { prepared, inserted: new Set<string>() };
          stage = await stagePredictions(c, model.id, prepared.rows);
        }
        const pending = this.pendingCounts.get(model.id) ?? 0;
        const inserted = await insertStaged(c, model.id, stage, pending > 0, ++this.changeSeq);
        if (pending > 0) {
          const left = await rows(c, `SELECT count(*) AS n FROM ${pendingLabelsTable(model.id)}`);
          this.pendingCounts.set(model.id, Number(left[0]!.n));
        }
        return { prepared, inserted };
      },
      onStaged,
    );
  }

  async appendLabels(modelName: string, labels: readonly LabelRow[]): Promise<LabelWrite> {
    return this.database.write((c) => this.writeLabelsIn(c, this.model(modelName), labels));
  }

  private async writeLabelsIn(
    c: DuckDBConnection,
    model: Model,
    labels: readonly LabelRow[],
  ): Promise<LabelWrite> {
    const result = await writeLabels(c, model.id, labels, model.task === "regression", ++this.changeSeq);
    const left = await rows(c, `SELECT count(*) AS n FROM ${pendingLabelsTable(model.id)}`);
    this.pendingCounts.set(model.id, Number(left[0]!.n));
    return result;
  }

  /**
   * Stores feedback; the predictions it names (present now) get a new change number, so their buckets' cached
   * series are recomputed. Feedback for a prediction not yet stored waits in the table and joins when it arrives.
   * Corrections promoted to labels are written in the same transaction.
   */
  async appendFeedback(
    modelName: string,
    feedback: readonly FeedbackRow[],
    labels: readonly LabelRow[] = [],
  ): Promise<{ matched: number; pending: number; duplicates: number }> {
    return this.database.write(async (c) => {
      const model = this.model(modelName);
      const written = await writeFeedback(c, model.id, feedback, ++this.changeSeq);
      if (labels.length > 0) await this.writeLabelsIn(c, model, labels);
      return written;
    });
  }

  async prediction(modelName: string, id: string): Promise<StoredPrediction | undefined> {
    const model = this.model(modelName);
    return this.database.read((c) => readStoredPrediction(c, model, id));
  }

  /** Each segment column's most frequent values in a window, with their counts. */
  async segmentValues(modelName: string, filter: WindowFilter, limit: number): Promise<SegmentValues[]> {
    const model = this.model(modelName);
    return this.database.read((c) => readSegmentValues(c, model, filter, limit));
  }

  async window(modelName: string, request: WindowRequest): Promise<WindowRows> {
    const model = this.model(modelName);
    return this.database.read((c) => readWindow(c, model, request));
  }

  /** Several reads of a model's predictions in one snapshot, so bucket states, dictionaries and rows agree. */
  async snapshot<T>(modelName: string, work: (reader: WindowReader) => Promise<T>): Promise<T> {
    const model = this.model(modelName);
    return this.database.read((c) =>
      work({
        model,
        bucketStates: (filter, bucket) => readBucketStates(c, model, filter, bucket),
        outcomeDictionaries: (filter) => readOutcomeDictionaries(c, model, filter),
        window: (request) => readWindow(c, model, request),
        startWindow: (request) => startReadWindow(c, model, request),
      }),
    );
  }

  /** Stored predictions per version, labelled ones, and labels waiting for their prediction. */
  async counts(
    modelName: string,
    since?: number,
  ): Promise<{ version: string; predictions: number; labelled: number }[]> {
    const model = this.model(modelName);
    return this.database.read(async (c) => {
      const found = await rows(
        c,
        `SELECT version, count(*) AS predictions, count(label) AS labelled FROM ${predictionsTable(model.id)}
         WHERE ts >= $since GROUP BY version ORDER BY version`,
        { since: since ?? Number.MIN_SAFE_INTEGER },
      );
      return found.map((r) => ({
        version: String(r.version),
        predictions: Number(r.predictions),
        labelled: Number(r.labelled),
      }));
    });
  }

  pendingLabels(modelName: string): number {
    return this.pendingCounts.get(this.model(modelName).id) ?? 0;
  }

  // Aliases

  async listAliases(model: string): Promise<Alias[]> {
    const owner = this.model(model);
    return this.database.read((c) => selectAliases(c, owner.id));
  }

  async setAlias(model: string, alias: string, version: string, by: string, now: number): Promise<Alias> {
    return this.database.write(async (c) => {
      const owner = this.model(model);
      this.version(model, version);
      return upsertAlias(c, owner.id, alias, version, by, now);
    });
  }

  async deleteAlias(model: string, alias: string, by: string, now: number): Promise<void> {
    await this.database.write(async (c) => {
      if (!(await removeAlias(c, this.model(model).id, alias, by, now))) {
        throw new AppError("TELLTALE_NOT_FOUND", `model '${model}' has no alias '${alias}'`, {
          model,
          alias,
        });
      }
    });
  }

  async aliasHistory(model: string, alias: string): Promise<AliasChange[]> {
    const owner = this.model(model);
    return this.database.read((c) => selectAliasHistory(c, owner.id, alias));
  }
}
