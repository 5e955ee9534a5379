/** GET /api/v1/summary: the health of every model, worst first. */
export interface ModelSummary {
  readonly name: string;
  readonly task: "binary" | "multiclass" | "regression";
  readonly description: string | null;
  readonly versions: number;
  readonly aliases: Readonly<Record<string, string>>;
  readonly traffic: { readonly lastHour: number; readonly previousHour: number };
  readonly driftShare: number | null;
  readonly metric: {
    readonly name: string;
    readonly value: number | null;
    readonly benchmark: number | null;
    readonly version: string | null;
  };
  readonly labelCoverage: number | null;
  readonly alertsFiring: number;
  readonly status: "critical" | "warning" | "ok" | "no-data";
  readonly reasons: readonly string[];
}

export interface Summary {
  readonly at: string;
  readonly models: readonly ModelSummary[];
}
