import type { AlertInfo } from "../../api/types";
import { Badge, type Tone } from "../../components/badge";
import { SortableTable } from "../../components/sortable-table";
import { formatMetric, formatRelative, metricLabel } from "../../format/format";
import { conditionText } from "./condition-text";
import type { Channel, Evaluation, Monitor } from "./monitor-types";

const STATUS_TONE: Readonly<Record<Evaluation["status"], Tone>> = {
  ok: "good",
  breach: "bad",
  nodata: "neutral",
  insufficient: "neutral",
};

const STATUS_TEXT: Readonly<Record<Evaluation["status"], string>> = {
  ok: "ok",
  breach: "breach",
  nodata: "no data",
  insufficient: "too few rows",
};

export interface MonitorsTableProps {
  readonly monitors: readonly Monitor[];
  readonly channels: readonly Channel[];
  readonly last: ReadonlyMap<
    string,
    { readonly data: Evaluation | null | undefined; readonly error: unknown }
  >;
  readonly openAlerts: readonly AlertInfo[];
  readonly now: number;
  readonly selected: string | undefined;
  readonly onEdit: (monitor: Monitor) => void;
  readonly onDelete: (monitor: Monitor) => void;
}

function LastEvaluation({
  monitor,
  last,
  now,
}: {
  readonly monitor: Monitor;
  readonly last: MonitorsTableProps["last"];
  readonly now: number;
}) {
  const entry = last.get(monitor.id);
  if (entry?.error) return <span className="error-text">could not load</span>;
  if (entry?.data === undefined) return <span className="muted">…</span>;
  if (entry.data === null) return <span className="muted">not evaluated yet</span>;
  const e = entry.data;
  return (
    <span title={e.reason}>
      <Badge tone={STATUS_TONE[e.status]}>{STATUS_TEXT[e.status]}</Badge>{" "}
      {formatMetric(monitor.metric, e.value)} <span className="muted">{formatRelative(e.at, now)}</span>
    </span>
  );
}

/** The model's monitors with what each watches, how, where it notifies, and how it stood at its last evaluation. */
export function MonitorsTable(props: MonitorsTableProps) {
  const channelName = new Map(props.channels.map((c) => [c.id, c.name] as const));
  const alertOf = new Map(
    props.openAlerts
      .filter((a) => a.state === "firing" || a.state === "pending")
      .map((a) => [a.monitorId, a] as const),
  );
  return (
    <SortableTable
      testId="monitors-table"
      caption="Monitors"
      rows={props.monitors}
      rowKey={(m) => m.id}
      {...(props.selected !== undefined ? { selected: props.selected } : {})}
      initialSort={{ key: "name", descending: false }}
      columns={[
        {
          key: "name",
          label: "Name",
          sort: (m) => m.name.toLowerCase(),
          render: (m) => (
            <span className="monitor-name" data-monitor={m.name}>
              <strong>{m.name}</strong>
              {!m.enabled && (
                <>
                  {" "}
                  <Badge tone="neutral">disabled</Badge>
                </>
              )}
            </span>
          ),
        },
        {
          key: "metric",
          label: "Metric",
          sort: (m) => m.metric,
          render: (m) => <span title={m.metric}>{metricLabel(m.metric)}</span>,
        },
        {
          key: "condition",
          label: "Condition",
          render: (m) => <span className="wrap">{conditionText(m.condition, m.metric)}</span>,
        },
        {
          key: "window",
          label: "Window / every",
          render: (m) => (
            <>
              {m.window} / {m.every}
              {m.for !== "0m" && m.for !== "0s" && <span className="muted"> for {m.for}</span>}
            </>
          ),
        },
        {
          key: "scope",
          label: "Scope",
          render: (m) =>
            [m.version ?? "all versions", m.segment].filter((s): s is string => s !== null).join(", "),
        },
        {
          key: "severity",
          label: "Severity",
          sort: (m) => (m.severity === "critical" ? 0 : 1),
          render: (m) => <Badge tone={m.severity === "critical" ? "bad" : "warn"}>{m.severity}</Badge>,
        },
        {
          key: "channels",
          label: "Channels",
          render: (m) =>
            m.channels.length === 0 ? (
              <span className="muted">none</span>
            ) : (
              m.channels.map((id) => channelName.get(id) ?? id).join(", ")
            ),
        },
        {
          key: "last",
          label: "Last evaluation",
          render: (m) => <LastEvaluation monitor={m} last={props.last} now={props.now} />,
        },
        {
          key: "alert",
          label: "Alert",
          sort: (m) => (alertOf.get(m.id)?.state === "firing" ? 0 : alertOf.has(m.id) ? 1 : 2),
          render: (m) => {
            const alert = alertOf.get(m.id);
            return alert === undefined ? (
              <span className="muted">none</span>
            ) : (
              <Badge tone={alert.state === "firing" ? "bad" : "warn"}>{alert.state}</Badge>
            );
          },
        },
        {
          key: "actions",
          label: <span className="visually-hidden">Actions</span>,
          render: (m) => (
            <span className="row-actions">
              <button type="button" onClick={() => props.onEdit(m)} aria-label={`Edit ${m.name}`}>
                Edit
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => props.onDelete(m)}
                aria-label={`Delete ${m.name}`}
              >
                Delete
              </button>
            </span>
          ),
        },
      ]}
    />
  );
}
