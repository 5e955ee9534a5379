import { createHash } from "node:crypto";

/** What identifies an alert series: the same values give the same fingerprint across episodes and restarts. */
export interface AlertIdentity {
  readonly model: string;
  /** The monitor's id. */
  readonly monitor: string;
  readonly version?: string | null;
  readonly segment?: string | null;
  /** The monitor's own labels; `model`, `monitor`, `version` and `segment` above take precedence over them. */
  readonly labels?: Readonly<Record<string, string>>;
}

/** Ends each label name and value: 0xff never occurs in UTF-8, so no two label sets encode alike. */
const SEPARATOR = Buffer.from([0xff]);

/**
 * A label set's fingerprint as 16 hex digits: sha256 over the names in sorted order, each followed by its value,
 * as Alertmanager hashes label sets (it uses 64-bit FNV-1a). A label with an empty value counts as absent, as in
 * Prometheus, so `{segment: ""}` and `{}` are the same series.
 */
export function labelSetFingerprint(labels: Readonly<Record<string, string>>): string {
  const hash = createHash("sha256");
  for (const name of Object.keys(labels).sort()) {
    const value = labels[name]!;
    if (value === "") continue;
    hash.update(name, "utf8").update(SEPARATOR).update(value, "utf8").update(SEPARATOR);
  }
  return hash.digest("hex").slice(0, 16);
}

/** The fingerprint of a monitor's alert series on one model, version and segment; receivers deduplicate on it. */
export function alertFingerprint(alert: AlertIdentity): string {
  return labelSetFingerprint({
    ...alert.labels,
    model: alert.model,
    monitor: alert.monitor,
    version: alert.version ?? "",
    segment: alert.segment ?? "",
  });
}
