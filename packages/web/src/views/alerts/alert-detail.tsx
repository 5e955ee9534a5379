import { useMemo } from "react";
import { Link } from "react-router";
import { seriesOf, useTimeseries } from "../../api/queries";
import { EChart } from "../../charts/echart";
import { Badge } from "../../components/badge";
import { Loadable, Panel } from "../../components/panel";
import { SortableTable } from "../../components/sortable-table";
import { formatDuration, formatTime, metricLabel } from "../../format/format";
import type { ResolvedWindow } from "../../state/view-state";
import { useChannels } from "../monitors/channel-queries";
import { conditionText } from "../monitors/condition-text";
import { durationMs } from "../monitors/duration-ms";
import { useMonitorHistory } from "../monitors/monitor-queries";
import type { Monitor } from "../monitors/monitor-types";
import { AlertStateBadge } from "./alert-badges";
import { alertChartOption, alertChartRange, type ChartRange } from "./alert-chart";
import { useDeliveries } from "./alert-queries";
import type { AlertRow } from "./alert-row";
import type { Alert } from "./alert-types";
import { alertValueText, monitorName } from "./alerts-table";
import { explainLink } from "./explain-link";
import { RetrainedLinks } from "./retrained-links";
import { SilenceControl } from "./silence-form";

function Timeline({ alert }: { readonly alert: Alert }) {
  return (
    <SortableTable
      testId="alert-timeline"
      caption="Timeline"
      rows={alert.timeline.map((e, i) => ({ ...e, i }))}
      rowKey={(e) => String(e.i)}
      columns={[
        { key: "at", label: "At", render: (e) => <time dateTime={e.at}>{formatTime(e.at)}</time> },
        {
          key: "state",
          label: "State",
          render: (e) =>
            e.state === "firing" || e.state === "pending" || e.state === "resolved" || e.state === "ok" ? (
              <AlertStateBadge state={e.state} />
            ) : (
              e.state
            ),
        },
        {
          key: "value",
          label: "Value",
          numeric: true,
          render: (e) => (e.value === null ? "—" : String(Number(e.value.toPrecision(4)))),
        },
        { key: "reason", label: "Reason", render: (e) => <span className="reason">{e.reason}</span> },
      ]}
    />
  );
}

/** Enough scheduled evaluations to cover a week of a 5-minute monitor. */
const HISTORY_LIMIT = 2000;

function MetricChart({
  alert,
  monitor,
  range,
  now,
}: {
  readonly alert: Alert;
  readonly monitor: Monitor;
  readonly range: ChartRange;
  readonly now: number;
}) {
  const history = useMonitorHistory(alert.model, monitor.id, HISTORY_LIMIT, now);
  const window: ResolvedWindow = useMemo(
    () => ({
      from: range.from,
      to: range.to,
      interval: range.interval,
      live: false,
      ...(monitor.version !== null ? { version: monitor.version } : {}),
      ...(monitor.segment !== null ? { segment: monitor.segment } : {}),
    }),
    [range, monitor.version, monitor.segment],
  );
  const series = useTimeseries(alert.model, window, [monitor.metric]);
  const points = seriesOf(series.data, monitor.metric);
  const evaluated = (history.data ?? []).some((e) => Date.parse(e.at) >= range.from);
  const option = useMemo(
    () =>
      alertChartOption({
        alert,
        metric: monitor.metric,
        points,
        condition: monitor.condition,
        range,
        evaluations: history.data ?? [],
        window: monitor.window,
      }),
    [alert, monitor, points, range, history.data],
  );
  return (
    <Loadable
      query={series}
      isEmpty={() => points.every((p) => p.value === null)}
      empty="No values of the metric around the alert."
    >
      {() => (
        <>
          <EChart
            option={option}
            height={260}
            testId="alert-chart"
            label={`${metricLabel(monitor.metric)} from ${formatTime(range.from)} to ${formatTime(range.to)} per ${range.interval}, the condition as a line and the alert shaded`}
          />
          <p className="muted">
            {metricLabel(monitor.metric)} per {range.interval} bucket
            {monitor.segment !== null ? ` in ${monitor.segment}` : ""}
            {monitor.version !== null ? ` on ${monitor.version}` : ""}
            {evaluated
              ? `; in pink, the monitor's own evaluations over windows of ${monitor.window}`
              : `; the monitor reads windows of ${monitor.window}`}
            . Dashed: {conditionText(monitor.condition, monitor.metric)}. Shaded: the alert.
          </p>
        </>
      )}
    </Loadable>
  );
}

function Deliveries({ alert, now }: { readonly alert: Alert; readonly now: number }) {
  const deliveries = useDeliveries(alert.id, now);
  const channels = useChannels();
  const names = new Map((channels.data ?? []).map((c) => [c.id, c.name] as const));
  return (
    <Loadable
      query={deliveries}
      isEmpty={(list) => list.length === 0}
      empty="No notifications sent about this alert (its monitor has no channels, a silence muted it, or it never fired)."
    >
      {(list) => (
        <SortableTable
          testId="alert-deliveries"
          caption="Deliveries"
          rows={list}
          rowKey={(d) => d.id}
          columns={[
            { key: "at", label: "Created", sort: (d) => d.createdAt, render: (d) => formatTime(d.createdAt) },
            { key: "channel", label: "Channel", render: (d) => names.get(d.channelId) ?? d.channelId },
            { key: "about", label: "About", render: (d) => d.notification?.status ?? "—" },
            {
              key: "status",
              label: "Status",
              render: (d) => (
                <Badge tone={d.status === "sent" ? "good" : d.status === "failed" ? "bad" : "warn"}>
                  {d.status}
                </Badge>
              ),
            },
            { key: "attempts", label: "Tries", numeric: true, render: (d) => d.attempts },
            {
              key: "answer",
              label: "Receiver's answer",
              render: (d) => (
                <span className="reason" title={d.lastResponse ?? ""}>
                  {d.lastStatus === null ? "" : `HTTP ${d.lastStatus} `}
                  {(d.lastResponse ?? "").slice(0, 120)}
                  {d.nextAttemptAt !== null && d.status === "pending"
                    ? ` · next try ${formatTime(d.nextAttemptAt)}`
                    : ""}
                </span>
              ),
            },
          ]}
        />
      )}
    </Loadable>
  );
}

/** One alert: what it is, its timeline, the monitor's metric around it, its notifications, and silencing it. */
export function AlertDetail({
  row,
  now,
  onClose,
}: {
  readonly row: AlertRow;
  readonly now: number;
  readonly onClose: () => void;
}) {
  const { alert, monitor } = row;
  const range = useMemo(
    () => alertChartRange(alert, monitor === undefined ? null : durationMs(monitor.window), now),
    [alert, monitor, now],
  );
  const link =
    monitor === undefined
      ? null
      : explainLink(
          { model: alert.model, metric: monitor.metric, version: monitor.version, segment: monitor.segment },
          range.from,
          range.to,
        );
  const end = alert.resolvedAt ?? (alert.state === "ok" ? (alert.timeline.at(-1)?.at ?? null) : null);
  const lasted = (end === null ? now : Date.parse(end)) - Date.parse(alert.startedAt);
  return (
    <>
      <Panel
        title={<>Alert: {monitorName(row)}</>}
        wide
        testId="alert-detail"
        actions={
          <button type="button" onClick={onClose}>
            Close
          </button>
        }
      >
        <div className="alert-summary">
          <AlertStateBadge state={alert.state} />
          <span>
            {alert.model}
            {monitor !== undefined && (
              <>
                {" · "}
                <span title={monitor.metric}>{metricLabel(monitor.metric)}</span>
                {monitor.segment !== null && ` · ${monitor.segment}`}
                {monitor.version !== null && ` · ${monitor.version}`}
              </>
            )}
          </span>
          <span>{alertValueText(row)}</span>
          <span className="muted">
            {end === null ? "open for" : "lasted"} {formatDuration(lasted)}
          </span>
          {link !== null && (
            <Link to={link.href} className="explain-link" data-testid="explain-link">
              Explain: {link.label} →
            </Link>
          )}
        </div>
        <p className="reason">{alert.reason}</p>
        <RetrainedLinks alert={alert} />
        <h3>Timeline</h3>
        {alert.timeline.length === 0 ? (
          <p className="muted">No state changes recorded.</p>
        ) : (
          <Timeline alert={alert} />
        )}
      </Panel>
      <Panel
        title={monitor === undefined ? "Metric" : `${metricLabel(monitor.metric)} around the alert`}
        testId="alert-metric"
      >
        {monitor === undefined ? (
          <p className="state empty">The monitor behind this alert was deleted, so its metric is unknown.</p>
        ) : (
          <MetricChart alert={alert} monitor={monitor} range={range} now={now} />
        )}
      </Panel>
      <Panel title="Silence" testId="alert-silence">
        <SilenceControl row={row} now={now} />
      </Panel>
      <Panel title="Deliveries" wide testId="alert-deliveries-panel">
        <Deliveries alert={alert} now={now} />
      </Panel>
    </>
  );
}
