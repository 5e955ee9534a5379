import { useMemo } from "react";
import { seriesOf, useAlerts, useReport, useTimeseries } from "../../api/queries";
import type { AlertInfo, Report } from "../../api/types";
import { useModelContext } from "../../app/model-context";
import { distributionOption } from "../../charts/distribution-option";
import { EChart } from "../../charts/echart";
import { PALETTE, SERIES_COLOURS, STATE_COLOURS } from "../../charts/palette";
import { timeSeriesOption } from "../../charts/time-series-option";
import { Loadable, Loading, Panel, type QueryLike } from "../../components/panel";
import { formatCount, formatMetric, formatPercent, metricLabel } from "../../format/format";
import { useViewState } from "../../state/use-view-state";
import { benchmarkOf, mainMetric, predictionMetrics, versionLabel, versionsToDraw } from "./overview-shape";
import { useVersionSeries } from "./use-version-series";

/** Alerts that overlap the window, as shaded spans on the time axis. */
function alertSpans(alerts: readonly AlertInfo[], from: number, to: number) {
  return alerts
    .filter((a) => Date.parse(a.startedAt) < to && (a.resolvedAt === null || Date.parse(a.resolvedAt) > from))
    .filter((a) => a.state !== "ok")
    .slice(0, 20)
    .map((a) => ({
      from: a.firingAt ?? a.startedAt,
      to: a.resolvedAt,
      label: a.state === "firing" ? "alert" : "",
      colour: STATE_COLOURS[a.state],
    }));
}

function Stats({
  report,
  metric,
  benchmark,
}: {
  readonly report: Report;
  readonly metric: string;
  readonly benchmark: number | null;
}) {
  const current = report.classification?.current ?? report.regression?.current ?? null;
  const value =
    current === null ? null : ((current as unknown as Record<string, number | null>)[metric] ?? null);
  const labelled = current?.rows ?? 0;
  return (
    <div className="stats" data-testid="overview-stats">
      <div className="stat">
        <div className="value">{formatCount(report.current.rows)}</div>
        <div className="label">predictions in the window</div>
      </div>
      <div className="stat">
        <div className="value">
          {formatPercent(report.current.rows === 0 ? null : labelled / report.current.rows)}
        </div>
        <div className="label">with labels ({formatCount(labelled)})</div>
      </div>
      <div className="stat">
        <div className="value">{formatMetric(metric, value)}</div>
        <div className="label">
          {metricLabel(metric)}
          {benchmark !== null && ` (benchmark ${formatMetric(metric, benchmark)})`}
        </div>
      </div>
      <div className="stat">
        <div className="value">{formatPercent(report.drift.share)}</div>
        <div className="label">
          features drifted ({report.drift.driftedColumns} of {report.drift.totalColumns})
        </div>
      </div>
    </div>
  );
}

/** A model at a glance: traffic, predictions and performance over time per version, alerts on the time axis. */
export function OverviewView() {
  const { model, versions, aliases } = useModelContext();
  const { window } = useViewState();
  const metric = mainMetric(model.task);
  const drawn = useMemo(
    () => versionsToDraw(versions, aliases, window.version),
    [versions, aliases, window.version],
  );
  const benchmark = benchmarkOf(metric, versions, aliases, window.version);
  const perVersion = useVersionSeries(model.name, window, drawn, ["count", metric]);
  const report = useReport(model.name, window);
  const alerts = useAlerts(model.name);
  const predictionColumn = report.data?.drift.columns.find((c) => c.role === "prediction");
  const scoreColumn = report.data?.drift.columns.find((c) => c.role === "score");
  const classes = predictionColumn?.distribution.categories ?? [];
  const predictionSeries = useTimeseries(
    model.name,
    window,
    predictionMetrics(model.task, classes),
    model.task !== "multiclass" || classes.length > 0,
  );
  const spans = useMemo(
    () => alertSpans(alerts.data ?? [], window.from, window.to),
    [alerts.data, window.from, window.to],
  );

  const loaded = perVersion.every((q) => q.data !== undefined);
  const failed = perVersion.find((q) => q.error)?.error;
  const lines = (name: string) =>
    perVersion.map((q, i) => ({
      name: versionLabel(drawn[i]!, aliases),
      points: seriesOf(q.data, name),
      colour: SERIES_COLOURS[i % SERIES_COLOURS.length]!,
    }));

  // Plain values: useQueries answers a new array on each render, so memoising on it would not hold anyway.
  const trafficOption = timeSeriesOption({
    lines: lines("count"),
    metric: "count",
    from: window.from,
    to: window.to,
    spans,
    yMin: 0,
  });
  const performanceOption = timeSeriesOption({
    lines: lines(metric),
    metric,
    from: window.from,
    to: window.to,
    spans,
    ...(benchmark !== null
      ? {
          referenceLines: [
            { value: benchmark.value, label: `benchmark ${benchmark.version}`, colour: PALETTE.neutral },
          ],
        }
      : {}),
  });
  const predictionOption = useMemo(
    () =>
      predictionSeries.data === undefined
        ? null
        : timeSeriesOption({
            lines: predictionSeries.data.series.map((s) => ({
              name: metricLabel(s.metric),
              points: s.points,
            })),
            metric: predictionSeries.data.series[0]?.metric ?? "prediction.mean",
            from: window.from,
            to: window.to,
          }),
    [predictionSeries.data, window.from, window.to],
  );
  const chartQuery: QueryLike<typeof perVersion> = {
    data: loaded ? perVersion : undefined,
    error: failed ?? null,
    refetch: () => perVersion.map((q) => q.refetch()),
  };

  return (
    <div className="grid">
      <Panel title="This window" wide testId="overview-summary">
        <Loadable query={report}>
          {(r) => <Stats report={r} metric={metric} benchmark={benchmark?.value ?? null} />}
        </Loadable>
      </Panel>
      <Panel title="Traffic per version" testId="overview-traffic">
        <Loadable
          query={chartQuery}
          isEmpty={() => perVersion.every((q) => seriesOf(q.data, "count").every((p) => p.count === 0))}
          empty="No predictions in this window."
        >
          {() => <EChart option={trafficOption} label="Predictions per interval, one line per version" />}
        </Loadable>
      </Panel>
      <Panel title={`${metricLabel(metric)} per version`} testId="overview-performance">
        <Loadable
          query={chartQuery}
          isEmpty={() => perVersion.every((q) => seriesOf(q.data, metric).every((p) => p.value === null))}
          empty="No labelled predictions in this window yet: performance appears as labels arrive."
        >
          {() => (
            <EChart
              option={performanceOption}
              label={`${metricLabel(metric)} per interval and version, with the benchmark`}
            />
          )}
        </Loadable>
      </Panel>
      <Panel title="Predictions over time" testId="overview-predictions">
        {predictionOption === null ? (
          predictionSeries.error ? (
            <Loadable query={predictionSeries}>{() => null}</Loadable>
          ) : (
            <Loading />
          )
        ) : (
          <EChart option={predictionOption} label="Prediction summaries per interval" />
        )}
      </Panel>
      <Panel title="Prediction distribution: reference vs current" testId="overview-distribution">
        <Loadable
          query={report}
          isEmpty={() => predictionColumn === undefined}
          empty="The reference has no prediction column to compare with."
        >
          {() => (
            <>
              <EChart
                option={distributionOption(predictionColumn!.distribution, "prediction")}
                label="Share of predictions per class or bin, reference and current"
              />
              {scoreColumn !== undefined && (
                <EChart
                  option={distributionOption(scoreColumn.distribution, "score")}
                  label="Share of scores per bin, reference and current"
                />
              )}
            </>
          )}
        </Loadable>
      </Panel>
    </div>
  );
}
