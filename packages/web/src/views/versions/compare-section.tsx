import type { DriftColumn } from "@telltale/core";
import { seriesOf } from "../../api/queries";
import type { AliasInfo, ModelInfo, Timeseries, VersionInfo } from "../../api/types";
import { EChart } from "../../charts/echart";
import { PALETTE } from "../../charts/palette";
import { timeSeriesOption } from "../../charts/time-series-option";
import { Badge } from "../../components/badge";
import { Empty, Loadable, Panel, type QueryLike } from "../../components/panel";
import type { ResolvedWindow } from "../../state/view-state";
import { CompareBusiness } from "./compare-business-table";
import { chosenSides, defaultSides, type Sides, sideLabel } from "./compare-sides";
import { CompareTable, resolvedLabel } from "./compare-table";
import type { CompareAnswer } from "./compare-types";
import { driftText } from "./drift-text";
import { pairDistributionOption } from "./pair-distribution-option";
import { predictionSeriesMetrics, predictionSeriesTitle } from "./prediction-series";
import { SidePicker } from "./side-picker";
import { useSideSeries } from "./use-side-series";
import { useCompare } from "./version-queries";

export interface CompareSectionProps {
  readonly model: ModelInfo;
  readonly versions: readonly VersionInfo[];
  readonly aliases: readonly AliasInfo[];
  readonly window: ResolvedWindow;
  readonly a: string | undefined;
  readonly b: string | undefined;
  readonly setSides: (sides: Partial<Sides>) => void;
}

function DistributionChart({
  column,
  labelA,
  labelB,
}: {
  readonly column: DriftColumn;
  readonly labelA: string;
  readonly labelB: string;
}) {
  return (
    <figure className="pair-distribution">
      <figcaption>
        <strong>{column.column}</strong>{" "}
        <Badge tone={column.drifted ? "warn" : "good"}>{column.drifted ? "differ" : "similar"}</Badge>{" "}
        <span className="muted">{driftText(column)}</span>
      </figcaption>
      <EChart
        option={pairDistributionOption(column.distribution, column.column, labelA, labelB)}
        height={220}
        label={`Share of ${column.column} per ${column.distribution.edges ? "bin" : "class"}: A (${labelA}) beside B (${labelB})`}
      />
    </figure>
  );
}

/** Both sides' series of one metric over the window: A blue, B orange. */
function sideLines(metric: string, series: readonly (Timeseries | undefined)[], labels: readonly string[]) {
  return series.map((data, i) => ({
    name: `${i === 0 ? "A" : "B"}: ${labels[i]}`,
    points: seriesOf(data, metric),
    colour: i === 0 ? PALETTE.reference : PALETTE.current,
  }));
}

/** Two versions (or aliases) over the window: metrics with benchmarks, prediction distributions, traffic over time. */
export function CompareSection({ model, versions, aliases, window, a, b, setSides }: CompareSectionProps) {
  const sides = chosenSides(a, b, defaultSides(aliases, versions));
  const compare = useCompare(model.name, window, sides);
  const predictionColumn = compare.data?.predictionDrift.find((c) => c.column === "prediction");
  const classes = predictionColumn?.distribution.categories ?? [];
  const predictionMetrics = predictionSeriesMetrics(model.task, classes);
  const series = useSideSeries(model.name, window, sides, ["count", ...predictionMetrics]);

  if (sides === null) {
    return (
      <Panel title="Compare versions" wide testId="compare-panel">
        <Empty>Register a second version to compare two versions side by side.</Empty>
      </Panel>
    );
  }
  const labels = [sideLabel(sides.a, aliases), sideLabel(sides.b, aliases)];
  const seriesQuery: QueryLike<readonly (Timeseries | undefined)[]> = {
    data: series.every((q) => q.data !== undefined) ? series.map((q) => q.data) : undefined,
    error: series.find((q) => q.error)?.error ?? null,
    refetch: () => series.map((q) => q.refetch()),
  };
  const noTraffic = (data: readonly (Timeseries | undefined)[]) =>
    data.every((d) => seriesOf(d, "count").every((p) => p.count === 0));
  const answered = (answer: CompareAnswer) => [resolvedLabel(answer.a), resolvedLabel(answer.b)] as const;

  return (
    <>
      <Panel
        title="Compare versions"
        wide
        testId="compare-panel"
        actions={
          <SidePicker
            aliases={aliases}
            versions={versions}
            sides={sides}
            onChange={(side, value) => setSides(side === "a" ? { a: value } : { b: value })}
            onSwap={() => setSides({ a: sides.b, b: sides.a })}
          />
        }
      >
        {window.version !== undefined && (
          <p className="muted">
            The window's version filter ({window.version}) does not apply here: the two sides are chosen
            above.
          </p>
        )}
        <Loadable query={compare}>
          {(answer) => (
            <>
              <CompareTable answer={answer} task={model.task} />
              <CompareBusiness model={model.name} answer={answer} />
            </>
          )}
        </Loadable>
      </Panel>
      <Panel title="Prediction distributions" testId="compare-distributions">
        <Loadable
          query={compare}
          isEmpty={(answer) => answer.predictionDrift.length === 0}
          empty="Both sides need predictions in this window to compare their distributions."
        >
          {(answer) => {
            const [labelA, labelB] = answered(answer);
            return answer.predictionDrift.map((column) => (
              <DistributionChart key={column.column} column={column} labelA={labelA} labelB={labelB} />
            ));
          }}
        </Loadable>
      </Panel>
      <Panel title="Traffic per version" testId="compare-traffic">
        <Loadable
          query={seriesQuery}
          isEmpty={noTraffic}
          empty="Neither side has predictions in this window."
        >
          {(data) => (
            <EChart
              option={timeSeriesOption({
                lines: sideLines("count", data, labels),
                metric: "count",
                from: window.from,
                to: window.to,
                yMin: 0,
              })}
              label={`Predictions per ${window.interval}: A (${labels[0]}) and B (${labels[1]})`}
            />
          )}
        </Loadable>
      </Panel>
      <Panel title="Predictions over time" wide testId="compare-predictions">
        <Loadable
          query={seriesQuery}
          isEmpty={(data) => noTraffic(data) || predictionMetrics.length === 0}
          empty="Neither side has predictions in this window."
        >
          {(data) => (
            <div className="prediction-charts">
              {predictionMetrics.map((metric) => (
                <figure key={metric}>
                  <figcaption>{predictionSeriesTitle(metric, model.task)}</figcaption>
                  <EChart
                    option={timeSeriesOption({
                      lines: sideLines(metric, data, labels),
                      metric,
                      from: window.from,
                      to: window.to,
                    })}
                    height={200}
                    label={`${predictionSeriesTitle(metric, model.task)} per ${window.interval}: A and B`}
                  />
                </figure>
              ))}
            </div>
          )}
        </Loadable>
      </Panel>
    </>
  );
}
