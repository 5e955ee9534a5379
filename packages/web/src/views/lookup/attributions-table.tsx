import { formatNumber } from "../../format/format";
import type { StoredPrediction } from "./lookup-types";
import { topAttributions } from "./prediction-values";

/** Per-feature attributions as sent with the prediction, largest magnitude first. */
export function AttributionsTable({
  attributions,
}: {
  readonly attributions: StoredPrediction["attributions"];
}) {
  const rows = topAttributions(attributions);
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="lookup-attributions">
        <caption className="visually-hidden">Feature attributions, largest magnitude first</caption>
        <thead>
          <tr>
            <th scope="col">Feature</th>
            <th scope="col" className="num">
              Attribution
            </th>
            <th scope="col">Pushes the prediction</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.feature}>
              <th scope="row">{r.feature}</th>
              <td className="num">{(r.value > 0 ? "+" : "") + formatNumber(r.value)}</td>
              <td className="muted">{r.value > 0 ? "up" : r.value < 0 ? "down" : "neither way"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
