import type { Condition } from "./monitor-spec.js";

export type Comparison = ">" | "<" | ">=" | "<=";

export interface Decision {
  readonly breach: boolean;
  readonly reason: string;
  readonly compared?: number | null;
  readonly lower?: number | null;
  readonly upper?: number | null;
}

const format = (v: number) => (Number.isInteger(v) ? String(v) : v.toPrecision(4).replace(/\.?0+$/, ""));

export function compare(value: number, op: Comparison, limit: number): boolean {
  switch (op) {
    case ">":
      return value > limit;
    case "<":
      return value < limit;
    case ">=":
      return value >= limit;
    case "<=":
      return value <= limit;
  }
}

/** What a `change` condition compares with: the previous window's value or the version's offline benchmark. */
export interface ChangeBase {
  readonly value: number | null;
  /** Why there is none, when there is none. */
  readonly missing?: string;
}

/**
 * A threshold, outside or change condition on a present value. `change` is relative, in percent of the base's
 * magnitude: (value − base) / |base| · 100, so `{op: "<", percent: -10}` is a fall of more than 10%. Null when the
 * change has nothing to compare with (no previous value, no benchmark, or a base of 0).
 */
export function decideCondition(
  metric: string,
  value: number,
  condition: Exclude<Condition, { type: "anomaly" } | { type: "changepoint" }>,
  base?: ChangeBase,
): Decision | null {
  switch (condition.type) {
    case "threshold": {
      const breach = compare(value, condition.op, condition.value);
      return {
        breach,
        reason: `${metric} ${format(value)} ${breach ? "" : "not "}${condition.op} ${format(condition.value)}`,
        compared: condition.value,
      };
    }
    case "outside": {
      const breach = value < condition.low || value > condition.high;
      return {
        breach,
        reason: `${metric} ${format(value)} ${breach ? "outside" : "within"} [${format(condition.low)}, ${format(condition.high)}]`,
        lower: condition.low,
        upper: condition.high,
      };
    }
    case "change": {
      const against = condition.vs === "previous" ? "the previous window" : "the offline benchmark";
      if (!base || base.value === null || base.value === 0) return null;
      const percent = ((value - base.value) / Math.abs(base.value)) * 100;
      const breach = compare(percent, condition.op, condition.percent);
      return {
        breach,
        reason: `${metric} ${format(value)} is ${percent >= 0 ? "+" : ""}${format(percent)}% against ${against} (${format(base.value)}); alert when ${condition.op} ${format(condition.percent)}%`,
        compared: base.value,
      };
    }
  }
}
