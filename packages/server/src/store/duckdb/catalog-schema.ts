/** The catalog: keys, models, versions, aliases and their history. Per-model data lives in tables of its own. */
export const CATALOG_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS api_keys (
    id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, scope VARCHAR NOT NULL, hash VARCHAR NOT NULL UNIQUE,
    created_at BIGINT NOT NULL, created_by VARCHAR, revoked_at BIGINT)`,
  `CREATE TABLE IF NOT EXISTS models (
    id INTEGER PRIMARY KEY, name VARCHAR NOT NULL UNIQUE, task VARCHAR NOT NULL, features VARCHAR NOT NULL,
    segments VARCHAR NOT NULL, sensitive VARCHAR NOT NULL, positive_label VARCHAR, description VARCHAR,
    tags VARCHAR NOT NULL, score_classes VARCHAR NOT NULL, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,
    business VARCHAR NOT NULL DEFAULT '[]')`,
  // Catalogs created before business metrics existed gain the column (it is the table's last either way).
  `ALTER TABLE models ADD COLUMN IF NOT EXISTS business VARCHAR DEFAULT '[]'`,
  `ALTER TABLE models ADD COLUMN IF NOT EXISTS corrections_as_labels BOOLEAN DEFAULT false`,
  `CREATE TABLE IF NOT EXISTS versions (
    id INTEGER PRIMARY KEY, model_id INTEGER NOT NULL, version VARCHAR NOT NULL, description VARCHAR,
    tags VARCHAR NOT NULL, metrics VARCHAR NOT NULL, endpoint VARCHAR, created_at BIGINT NOT NULL,
    reference_rows BIGINT, reference_columns VARCHAR, reference_uploaded_at BIGINT)`,
  `CREATE TABLE IF NOT EXISTS aliases (
    model_id INTEGER NOT NULL, alias VARCHAR NOT NULL, version VARCHAR NOT NULL, updated_at BIGINT NOT NULL,
    updated_by VARCHAR NOT NULL, PRIMARY KEY (model_id, alias))`,
  `CREATE TABLE IF NOT EXISTS alias_history (
    model_id INTEGER NOT NULL, alias VARCHAR NOT NULL, action VARCHAR NOT NULL, version VARCHAR,
    previous VARCHAR, changed_at BIGINT NOT NULL, changed_by VARCHAR NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS monitors (
    id VARCHAR PRIMARY KEY, model_id INTEGER NOT NULL, definition VARCHAR NOT NULL, created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL, created_by VARCHAR NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS monitor_evaluations (
    model_id INTEGER NOT NULL, monitor_id VARCHAR NOT NULL, window_end BIGINT NOT NULL, value DOUBLE, count BIGINT NOT NULL,
    status VARCHAR NOT NULL, detail VARCHAR NOT NULL, evaluated_at BIGINT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS alert_states (
    monitor_id VARCHAR PRIMARY KEY, model_id INTEGER NOT NULL, state VARCHAR NOT NULL, updated_at BIGINT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS alerts (
    id VARCHAR PRIMARY KEY, model_id INTEGER NOT NULL, monitor_id VARCHAR NOT NULL, fingerprint VARCHAR NOT NULL,
    state VARCHAR NOT NULL, started_at BIGINT NOT NULL, firing_at BIGINT, resolved_at BIGINT, updated_at BIGINT NOT NULL,
    value DOUBLE, reason VARCHAR NOT NULL, silenced_by VARCHAR, threshold DOUBLE)`,
  `CREATE TABLE IF NOT EXISTS alert_events (
    alert_id VARCHAR NOT NULL, model_id INTEGER NOT NULL, happened_at BIGINT NOT NULL, state VARCHAR NOT NULL,
    value DOUBLE, reason VARCHAR NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS channels (
    id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, type VARCHAR NOT NULL, config VARCHAR NOT NULL,
    created_at BIGINT NOT NULL, created_by VARCHAR NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS deliveries (
    id VARCHAR PRIMARY KEY, channel_id VARCHAR NOT NULL, alert_id VARCHAR, notification VARCHAR NOT NULL,
    status VARCHAR NOT NULL, attempts INTEGER NOT NULL, next_attempt_at BIGINT, last_status INTEGER,
    last_response VARCHAR, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS silences (
    id VARCHAR PRIMARY KEY, matchers VARCHAR NOT NULL, starts_at BIGINT NOT NULL, ends_at BIGINT NOT NULL,
    comment VARCHAR NOT NULL, created_at BIGINT NOT NULL, created_by VARCHAR NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS notification_groups (
    group_key VARCHAR PRIMARY KEY, state VARCHAR NOT NULL, updated_at BIGINT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS actions (
    id VARCHAR PRIMARY KEY, model_id INTEGER NOT NULL, definition VARCHAR NOT NULL, created_at BIGINT NOT NULL,
    created_by VARCHAR NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS comparisons (
    id VARCHAR PRIMARY KEY, model_id INTEGER NOT NULL, candidate VARCHAR NOT NULL, baseline VARCHAR NOT NULL,
    window_from BIGINT NOT NULL, window_to BIGINT NOT NULL, alert_id VARCHAR, action_id VARCHAR, run_id VARCHAR,
    status VARCHAR NOT NULL, result VARCHAR, error VARCHAR, created_at BIGINT NOT NULL, completed_at BIGINT)`,
  `CREATE TABLE IF NOT EXISTS action_runs (
    id VARCHAR PRIMARY KEY, action_id VARCHAR NOT NULL, model_id INTEGER NOT NULL, alert_id VARCHAR NOT NULL,
    monitor_id VARCHAR NOT NULL, ran_at BIGINT NOT NULL, status VARCHAR NOT NULL, detail VARCHAR NOT NULL)`,
];
