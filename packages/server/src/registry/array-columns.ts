import type { SourceColumn, Task } from "@telltale/core";

/** Outcomes held as JS values (labels, or numbers for regression) as a column core's reports read. */
export function outcomeColumn(
  name: string,
  values: readonly (string | number | null)[],
  task: Task,
): SourceColumn {
  if (task === "regression") {
    return {
      name,
      sourceType: "float",
      column: {
        kind: "numerical",
        values: Float64Array.from(values, (v) => (v === null || v === "" ? Number.NaN : Number(v))),
      },
    };
  }
  const categories: string[] = [];
  const index = new Map<string, number>();
  const codes = Int32Array.from(values, (v) => {
    if (v === null) return -1;
    const text = String(v);
    let code = index.get(text);
    if (code === undefined) {
      code = categories.push(text) - 1;
      index.set(text, code);
    }
    return code;
  });
  return { name, sourceType: "string", column: { kind: "categorical", codes, categories } };
}

/** Probabilities (NaN where missing) as a numerical column. */
export function scoreColumn(values: ArrayLike<number | null>): SourceColumn {
  return {
    name: "score",
    sourceType: "float",
    column: {
      kind: "numerical",
      values: Float64Array.from(values as ArrayLike<number>, (v) => (v === null ? Number.NaN : v)),
    },
  };
}
