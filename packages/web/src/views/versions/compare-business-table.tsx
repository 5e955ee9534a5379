import { useId } from "react";
import { Badge } from "../../components/badge";
import { Loadable } from "../../components/panel";
import { formatCount } from "../../format/format";
import { useBusinessMetrics } from "../performance/business-metrics-queries";
import {
  type BusinessCompareRow,
  businessCompareRows,
  businessDifferenceText,
  businessRateText,
  businessValueText,
} from "./compare-business";
import { resolvedLabel } from "./compare-table";
import type { CompareAnswer } from "./compare-types";

function SideCell({ side, row }: { readonly side: "a" | "b"; readonly row: BusinessCompareRow }) {
  const { value, rate, benchmark } = row[side];
  return (
    <td className="num" data-side={side}>
      <span data-kind="total">{businessValueText(value, row.unit)}</span>
      {row.basis !== null && (
        <div className="muted business-line" data-kind="rate">
          {businessRateText(rate, row.unit, row.basis)}
        </div>
      )}
      {benchmark !== null && (
        <div className="muted business-line">benchmark {businessValueText(benchmark, row.unit)}</div>
      )}
    </td>
  );
}

/**
 * The model's business metrics (a cost of errors, a revenue) on each side's predictions in the window, B − A, and
 * which side is better by each metric's own direction.
 */
export function CompareBusiness({
  model,
  answer,
}: {
  readonly model: string;
  readonly answer: CompareAnswer;
}) {
  const definitions = useBusinessMetrics(model);
  const heading = useId();
  const a = resolvedLabel(answer.a);
  const b = resolvedLabel(answer.b);
  return (
    <section className="compare-business" data-testid="compare-business" aria-labelledby={heading}>
      <h3 id={heading}>Business metrics</h3>
      <Loadable
        query={definitions}
        isEmpty={(d) => businessCompareRows(answer, d.metrics).length === 0}
        empty={
          <>
            No business metrics defined. Define one over the window's quantities with{" "}
            <code className="wrap-anywhere">POST /api/v1/models/{model}/business-metrics</code>{" "}
            <code className="wrap-anywhere">
              {'{"name": "error_cost", "expression": "120 * fn + 15 * fp", "unit": "USD", "better": "lower"}'}
            </code>{" "}
            to compare its value per version here.
          </>
        }
      >
        {(d) => {
          const rows = businessCompareRows(answer, d.metrics);
          const scaled = rows.filter((r) => r.basis !== null).map((r) => r.name);
          return (
            <>
              {answer.a.business === undefined && answer.b.business === undefined && (
                <p className="muted">This server does not compute business metrics per version yet.</p>
              )}
              <div className="table-wrap">
                <table className="data-table compare-table business-table">
                  <caption className="visually-hidden">
                    Business metrics of A ({a}) and B ({b}) over each side's predictions in the window, their
                    difference and the better side
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Metric</th>
                      <th scope="col" className="num side-a">
                        A: {a}
                      </th>
                      <th scope="col" className="num side-b">
                        B: {b}
                      </th>
                      <th scope="col" className="num">
                        B − A
                      </th>
                      <th scope="col">Better</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.name} data-metric={row.name}>
                        <th scope="row" className="business-name">
                          {row.name}
                          {row.unit !== null && <span className="muted"> ({row.unit})</span>}
                          <div className="muted business-rule" title={row.description ?? undefined}>
                            {row.better === null ? "no longer defined" : `${row.better} is better`}
                            {row.expression !== null && <> · {row.expression}</>}
                          </div>
                        </th>
                        <SideCell side="a" row={row} />
                        <SideCell side="b" row={row} />
                        <td className="num">{businessDifferenceText(row)}</td>
                        <td data-kind="better">
                          {row.betterSide !== null ? (
                            <Badge tone="good">{row.betterSide === "a" ? `A (${a})` : `B (${b})`}</Badge>
                          ) : (
                            <span className="muted">{row.difference === 0 ? "tie" : "—"}</span>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="muted">
                {scaled.length > 0
                  ? `${scaled.join(", ")} ${scaled.length === 1 ? "grows" : "grow"} with traffic, so B − A and the better side are per prediction (A: ${formatCount(answer.a.labelled)} labelled of ${formatCount(answer.a.rows)}, B: ${formatCount(answer.b.labelled)} of ${formatCount(answer.b.rows)}); totals are over each side's own predictions in the window.`
                  : "Each value is over that side's own predictions in the window."}
              </p>
            </>
          );
        }}
      </Loadable>
    </section>
  );
}
