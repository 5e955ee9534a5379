import { createHash } from "node:crypto";
import type { Monitor } from "./monitor-spec.js";

/**
 * A stable id for a monitor's alert series, from its identifying labels in sorted order (as Alertmanager
 * fingerprints a label set): the same monitor, model, version and segment give the same fingerprint across
 * episodes and restarts, so receivers can deduplicate on it.
 */
export function alertFingerprint(monitor: Monitor): string {
  const labels: Record<string, string> = {
    ...monitor.labels,
    model: monitor.model,
    monitor: monitor.id,
    version: monitor.version ?? "",
    segment: monitor.segment ?? "",
  };
  const sorted = Object.keys(labels)
    .sort()
    .map((k) => [k, labels[k]]);
  return createHash("sha256").update(JSON.stringify(sorted)).digest("hex").slice(0, 16);
}
