import type { FairnessAttribute, FairnessGroup } from "@telltale/core";
import { seriesOf, useReport, useTimeseries } from "../../api/queries";
import { useModelContext } from "../../app/model-context";
import { EChart } from "../../charts/echart";
import { SERIES_COLOURS } from "../../charts/palette";
import { timeSeriesOption } from "../../charts/time-series-option";
import { Badge } from "../../components/badge";
import { Empty, Loadable, Panel } from "../../components/panel";
import { type Column, SortableTable } from "../../components/sortable-table";
import { formatCount, formatNumber, formatPercent } from "../../format/format";
import { useViewState } from "../../state/use-view-state";
import { fairnessSeries, fourFifthsText, groupBarsOption } from "./fairness-shape";

const GROUP_COLUMNS: Column<FairnessGroup>[] = [
  { key: "group", label: "Group", render: (g) => g.group, sort: (g) => g.group },
  { key: "count", label: "Rows", numeric: true, render: (g) => formatCount(g.count), sort: (g) => g.count },
  {
    key: "selectionRate",
    label: "Selection rate",
    numeric: true,
    render: (g) => formatPercent(g.selectionRate),
    sort: (g) => g.selectionRate,
  },
  { key: "tpr", label: "TPR", numeric: true, render: (g) => formatPercent(g.tpr), sort: (g) => g.tpr },
  { key: "fpr", label: "FPR", numeric: true, render: (g) => formatPercent(g.fpr), sort: (g) => g.fpr },
  {
    key: "precision",
    label: "Precision",
    numeric: true,
    render: (g) => formatPercent(g.precision),
    sort: (g) => g.precision,
  },
  {
    key: "accuracy",
    label: "Accuracy",
    numeric: true,
    render: (g) => formatPercent(g.accuracy),
    sort: (g) => g.accuracy,
  },
  {
    key: "di",
    label: "Disparate impact",
    numeric: true,
    render: (g) => formatNumber(g.disparateImpact ?? null),
    sort: (g) => g.disparateImpact ?? null,
  },
];

function Summary({ attribute }: { readonly attribute: FairnessAttribute }) {
  const verdict = fourFifthsText(attribute);
  const stat = (label: string, value: string) => (
    <div className="stat">
      <div className="value">{value}</div>
      <div className="label">{label}</div>
    </div>
  );
  return (
    <>
      <p>
        <Badge tone={verdict.tone}>{verdict.text}</Badge>
        {attribute.privileged !== undefined && (
          <span className="muted"> privileged group: {attribute.privileged}</span>
        )}
      </p>
      <div className="stats" data-testid="fairness-summary">
        {stat("demographic parity difference", formatNumber(attribute.demographicParityDifference))}
        {stat("demographic parity ratio", formatNumber(attribute.demographicParityRatio))}
        {stat("equal opportunity difference", formatNumber(attribute.equalOpportunityDifference))}
        {stat("equalized odds difference", formatNumber(attribute.equalizedOddsDifference))}
        {stat("disparate impact ratio", formatNumber(attribute.disparateImpactRatio))}
      </div>
    </>
  );
}

function OverTime({
  model,
  attribute,
  groups,
}: {
  readonly model: string;
  readonly attribute: string;
  readonly groups: readonly string[];
}) {
  const { window } = useViewState();
  const names = fairnessSeries(attribute, groups);
  const series = useTimeseries(model, window, [...names.gaps, names.ratio, ...names.rates]);
  const line = (metric: string, name: string, i: number) => ({
    name,
    points: seriesOf(series.data, metric),
    colour: SERIES_COLOURS[i % SERIES_COLOURS.length]!,
  });
  return (
    <>
      <Panel title="Parity gaps over time" testId="fairness-gaps">
        <Loadable query={series}>
          {() => (
            <EChart
              label={`Demographic parity, equal opportunity and equalized odds differences for ${attribute} per interval`}
              option={timeSeriesOption({
                lines: [
                  line(names.gaps[0]!, "demographic parity difference", 0),
                  line(names.gaps[1]!, "equal opportunity difference", 1),
                  line(names.gaps[2]!, "equalized odds difference", 2),
                ],
                metric: "difference",
                from: window.from,
                to: window.to,
                yMin: 0,
              })}
            />
          )}
        </Loadable>
      </Panel>
      <Panel title="Disparate impact ratio over time" testId="fairness-ratio">
        <Loadable query={series}>
          {() => (
            <EChart
              label={`Disparate impact ratio for ${attribute} per interval, with the four-fifths band from 0.8 to 1.25`}
              option={timeSeriesOption({
                lines: [line(names.ratio, "disparate impact ratio", 0)],
                metric: "ratio",
                from: window.from,
                to: window.to,
                band: { min: 0.8, max: 1.25, label: "four-fifths rule" },
                yMin: 0,
                // The band must show even when every ratio sits far below it.
                yMax: Math.max(1.3, ...seriesOf(series.data, names.ratio).map((p) => p.value ?? 0)),
              })}
            />
          )}
        </Loadable>
      </Panel>
      <Panel title="Selection rate per group over time" wide testId="fairness-rates">
        <Loadable query={series}>
          {() => (
            <EChart
              label={`Selection rate of each ${attribute} group per interval`}
              option={timeSeriesOption({
                lines: names.rates.map((metric, i) => line(metric, groups[i]!, i)),
                metric: "selectionRate",
                from: window.from,
                to: window.to,
                yMin: 0,
              })}
            />
          )}
        </Loadable>
      </Panel>
    </>
  );
}

/** Group metrics side by side per sensitive attribute, the parity gaps, and their course over time. */
export function FairnessView() {
  const { model } = useModelContext();
  const { window, param, setParam } = useViewState();
  const report = useReport(model.name, window, model.sensitive.length > 0);
  if (model.sensitive.length === 0) {
    return (
      <Empty>
        No sensitive attributes are declared for {model.name}. Declare them with{" "}
        <code>PATCH /api/v1/models/{model.name}</code> <code>{'{"sensitive": ["sex", "race"]}'}</code>{" "}
        (features or segment columns); fairness is then computed for every window.
      </Empty>
    );
  }
  if (model.task !== "binary") {
    return (
      <Empty>
        Fairness metrics are computed for binary classifiers; {model.name} is a {model.task} model.
      </Empty>
    );
  }
  const chosen = model.sensitive.includes(param("attribute") ?? "")
    ? param("attribute")!
    : model.sensitive[0]!;
  return (
    <>
      <div className="window-controls">
        <label htmlFor="fairness-attribute">Sensitive attribute</label>
        <select
          id="fairness-attribute"
          value={chosen}
          onChange={(e) => setParam("attribute", e.target.value)}
        >
          {model.sensitive.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <div className="grid">
        <Loadable query={report}>
          {(r) => {
            const attribute = r.fairness?.find((f) => f.attribute === chosen);
            if (attribute === undefined) {
              return (
                <Empty>
                  No fairness figures for {chosen} in this window: it needs labelled predictions with the
                  attribute.
                </Empty>
              );
            }
            return (
              <>
                <Panel title={`Groups of ${chosen}`} wide testId="fairness-groups">
                  <Summary attribute={attribute} />
                  <EChart
                    option={groupBarsOption(attribute)}
                    label={`Selection rate, TPR and FPR per ${chosen} group`}
                  />
                  <SortableTable
                    rows={attribute.groups}
                    columns={GROUP_COLUMNS}
                    rowKey={(g) => g.group}
                    caption={`Metrics per ${chosen} group`}
                    testId="fairness-table"
                  />
                </Panel>
                <OverTime
                  model={model.name}
                  attribute={chosen}
                  groups={attribute.groups.map((g) => g.group)}
                />
              </>
            );
          }}
        </Loadable>
      </div>
    </>
  );
}
