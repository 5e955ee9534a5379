import { InputError } from "../errors.js";
import { fairnessMetrics } from "../metrics/fairness.js";
import { quantileEdges } from "../stats/binning.js";
import type { LabelledOutcomes } from "./performance-section.js";
import type { PreparedColumn } from "./prepared-column.js";
import type { FairnessAttribute } from "./types.js";

/** Numerical sensitive columns with more values than this are grouped by reference quartiles. */
const MAX_NUMERIC_GROUPS = 10;

function formatEdge(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toPrecision(4);
}

/** Current-side group codes and names; numbers with many values fall into reference-quartile intervals. */
function groupsOf(column: PreparedColumn): { groups: string[]; codes: Int32Array } {
  if (column.kind !== "numerical") {
    // Only groups present in the current data take part, as Fairlearn sees them.
    const counts = new Uint32Array(column.categories.length);
    for (let at = 0; at < column.current.length; at++) {
      const c = column.current[at]!;
      if (c >= 0) counts[c]! += 1;
    }
    const remap = new Int32Array(column.categories.length).fill(-1);
    const groups: string[] = [];
    column.categories.forEach((g, i) => {
      if (counts[i]! > 0) remap[i] = groups.push(g) - 1;
    });
    return { groups, codes: column.current.map((c) => (c < 0 ? -1 : remap[c]!)) };
  }
  const distinct = Array.from(new Set<number>(column.current.filter((v) => !Number.isNaN(v)))).sort(
    (a, b) => a - b,
  );
  if (distinct.length <= MAX_NUMERIC_GROUPS) {
    const index = new Map(distinct.map((v, i) => [v, i] as const));
    return {
      groups: distinct.map(formatEdge),
      codes: Int32Array.from(column.current, (v) => index.get(v) ?? -1),
    };
  }
  const reference = column.reference.filter((v) => !Number.isNaN(v));
  const edges = Array.from(new Set<number>(quantileEdges(reference, 4)));
  const inner = edges.slice(1, -1);
  const groups = [
    `< ${formatEdge(inner[0] ?? edges[0]!)}`,
    ...inner.slice(1).map((e, i) => `[${formatEdge(inner[i]!)}, ${formatEdge(e)})`),
    `≥ ${formatEdge(inner[inner.length - 1] ?? edges[0]!)}`,
  ];
  const codes = Int32Array.from(column.current, (v) => {
    if (Number.isNaN(v)) return -1;
    let g = 0;
    while (g < inner.length && v >= inner[g]!) g++;
    return g;
  });
  return { groups, codes };
}

function toBinary(codes: Int32Array, positive: number): Int32Array {
  return codes.map((c) => (c < 0 ? -1 : c === positive ? 1 : 0));
}

/** Fairness of the current data's predictions across each sensitive column's groups. */
export function fairnessSection(
  sensitive: readonly PreparedColumn[],
  outcomes: LabelledOutcomes,
  privileged: Readonly<Record<string, string>>,
): FairnessAttribute[] {
  const positive = outcomes.positive!;
  const target = toBinary(outcomes.target.current, positive);
  const prediction = toBinary(outcomes.prediction.current, positive);
  return sensitive.map((column) => {
    const { groups, codes } = groupsOf(column);
    const privilegedGroup = privileged[column.name];
    if (privilegedGroup !== undefined && !groups.includes(privilegedGroup)) {
      throw new InputError(
        "TELLTALE_BAD_OPTION",
        `--privileged ${column.name}=${privilegedGroup}: no such group in the current data (groups: ${groups.join(", ")})`,
        { column: column.name, groups },
      );
    }
    return fairnessMetrics({
      attribute: column.name,
      groups,
      groupCodes: codes,
      target,
      prediction,
      ...(privilegedGroup !== undefined ? { privileged: privilegedGroup } : {}),
    });
  });
}
