import type { Task } from "../../api/types";
import { formatCount, formatDelta, formatMetric, formatPercent, metricLabel } from "../../format/format";
import { compareRows } from "./compare-rows";
import type { CompareAnswer, CompareSide } from "./compare-types";

/** `champion (v1)` when an alias was asked for, else the version. */
export function resolvedLabel(side: CompareSide): string {
  return side.requested === side.version ? side.version : `${side.requested} (${side.version})`;
}

function Counts({ name, side }: { readonly name: "A" | "B"; readonly side: CompareSide }) {
  return (
    <div className={`stat side-${name.toLowerCase()}`}>
      <div className="value">{formatCount(side.rows)}</div>
      <div className="label">
        {name}: {resolvedLabel(side)}: predictions in the window, {formatCount(side.labelled)} labelled (
        {formatPercent(side.rows === 0 ? null : side.labelled / side.rows)})
      </div>
    </div>
  );
}

/** Production beside benchmark for each side, how far each is from its promise, and B − A in production. */
export function CompareTable({ answer, task }: { readonly answer: CompareAnswer; readonly task: Task }) {
  const rows = compareRows(answer, task);
  const a = resolvedLabel(answer.a);
  const b = resolvedLabel(answer.b);
  return (
    <>
      <div className="stats compare-counts">
        <Counts name="A" side={answer.a} />
        <Counts name="B" side={answer.b} />
      </div>
      {rows.length === 0 ? (
        <p className="state empty">
          Neither side has labelled predictions in this window nor a benchmark: metrics appear as labels
          arrive.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="data-table compare-table" data-testid="compare-table">
            <caption className="visually-hidden">
              Metrics of A ({a}) and B ({b}): production in the window, offline benchmark, and differences
            </caption>
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>
                  Metric
                </th>
                <th scope="colgroup" colSpan={3} className="side-a">
                  A: {a}
                </th>
                <th scope="colgroup" colSpan={3} className="side-b">
                  B: {b}
                </th>
                <th scope="col" rowSpan={2} className="num">
                  B − A (production)
                </th>
              </tr>
              <tr>
                {["a", "b"].flatMap((s) => [
                  <th key={`${s}-p`} scope="col" className="num">
                    Production
                  </th>,
                  <th key={`${s}-b`} scope="col" className="num">
                    Benchmark
                  </th>,
                  <th key={`${s}-g`} scope="col" className="num">
                    vs benchmark
                  </th>,
                ])}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.metric} data-metric={row.metric}>
                  <th scope="row">{metricLabel(row.metric)}</th>
                  {(["a", "b"] as const).flatMap((side) => [
                    <td key={`${side}-p`} className="num" data-side={side} data-kind="production">
                      {formatMetric(row.metric, row[side].production)}
                    </td>,
                    <td key={`${side}-b`} className="num" data-side={side} data-kind="benchmark">
                      {formatMetric(row.metric, row[side].benchmark)}
                    </td>,
                    <td key={`${side}-g`} className="num muted">
                      {formatDelta(row.metric, row[side].gap)}
                    </td>,
                  ])}
                  <td className="num">
                    {formatDelta(row.metric, row.difference)}
                    {row.better !== null && (
                      <span className="muted"> ({row.better === "a" ? "A" : "B"} better)</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
