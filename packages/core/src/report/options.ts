import type { BusinessMetricDefinition } from "../business/business-metric.js";
import type { DriftMethodName } from "../stats/drift/types.js";
import type { BinStrategy } from "./column-drift.js";
import type { Task } from "./types.js";

export interface ReportOptions {
  /** Business metrics over the quantities of each side (cost of errors, revenue …), reported side by side. */
  readonly business?: readonly BusinessMetricDefinition[];
  readonly target?: string;
  readonly prediction?: string;
  /** Binary: the positive class's probability. */
  readonly score?: string;
  /** Multiclass: one probability column per class, named by the class or in sorted label order. */
  readonly scoreColumns?: readonly string[];
  readonly task?: Task;
  readonly positiveLabel?: string;
  readonly sensitive?: readonly string[];
  /** Sensitive column → its privileged group. */
  readonly privileged?: Readonly<Record<string, string>>;
  readonly numerical?: readonly string[];
  readonly categorical?: readonly string[];
  readonly ignore?: readonly string[];
  readonly driftMethod?: DriftMethodName;
  readonly driftThreshold?: number;
  /** Dataset drift when this share of feature columns drifted; default 0.5. */
  readonly driftShare?: number;
  readonly bins?: BinStrategy;
  readonly onProgress?: (event: {
    readonly stage: string;
    readonly done: number;
    readonly total: number;
  }) => void;
}

export const DEFAULT_DRIFT_SHARE = 0.5;
