import { Link } from "react-router";
import { Badge } from "../../components/badge";
import { type Column, SortableTable } from "../../components/sortable-table";
import { formatTime } from "../../format/format";
import { valueAgainstCondition } from "../monitors/condition-text";
import { AlertStateBadge, SilenceBadge } from "./alert-badges";
import type { AlertRow } from "./alert-row";

const STATE_ORDER = { firing: 0, pending: 1, resolved: 2, ok: 3 } as const;

/** The monitor's name, or its id with a note when it was deleted (its alerts outlive it). */
export function monitorName(row: AlertRow): string {
  return row.monitor?.name ?? `${row.alert.monitorId} (deleted monitor)`;
}

/** The value at the latest evaluation against the monitor's condition, with the unit of its metric. */
export function alertValueText(row: AlertRow): string {
  if (row.monitor === undefined) return row.alert.value === null ? "—" : String(row.alert.value);
  return valueAgainstCondition(
    row.alert.value,
    row.alert.threshold ?? null,
    row.monitor.condition,
    row.monitor.metric,
  );
}

/** Alerts, selectable by click or Enter: the selection goes to the URL (`alert=`). */
export function AlertsTable({
  rows,
  showModel,
  selected,
  onSelect,
}: {
  readonly rows: readonly AlertRow[];
  readonly showModel: boolean;
  readonly selected: string | undefined;
  readonly onSelect: (row: AlertRow) => void;
}) {
  const columns: Column<AlertRow>[] = [
    {
      key: "state",
      label: "State",
      sort: (r) => STATE_ORDER[r.alert.state],
      render: (r) => <AlertStateBadge state={r.alert.state} />,
    },
    ...(showModel
      ? [
          {
            key: "model",
            label: "Model",
            sort: (r: AlertRow) => r.alert.model,
            render: (r: AlertRow) => (
              <Link
                to={`/models/${encodeURIComponent(r.alert.model)}/alerts?alert=${encodeURIComponent(r.alert.id)}`}
                onClick={(e) => e.stopPropagation()}
              >
                {r.alert.model}
              </Link>
            ),
          },
        ]
      : []),
    {
      key: "monitor",
      label: "Monitor",
      sort: (r) => monitorName(r).toLowerCase(),
      render: (r) => <strong className="monitor-name">{monitorName(r)}</strong>,
    },
    {
      key: "severity",
      label: "Severity",
      sort: (r) => (r.monitor?.severity === "critical" ? 0 : 1),
      render: (r) =>
        r.monitor === undefined ? (
          "—"
        ) : (
          <Badge tone={r.monitor.severity === "critical" ? "bad" : "warn"}>{r.monitor.severity}</Badge>
        ),
    },
    {
      key: "started",
      label: "Started",
      sort: (r) => r.alert.startedAt,
      render: (r) => <time dateTime={r.alert.startedAt}>{formatTime(r.alert.startedAt)}</time>,
    },
    {
      key: "firing",
      label: "Fired",
      sort: (r) => r.alert.firingAt,
      render: (r) =>
        r.alert.firingAt === null ? (
          "—"
        ) : (
          <time dateTime={r.alert.firingAt}>{formatTime(r.alert.firingAt)}</time>
        ),
    },
    {
      key: "resolved",
      label: "Resolved",
      sort: (r) => r.alert.resolvedAt,
      render: (r) =>
        r.alert.resolvedAt === null ? (
          "—"
        ) : (
          <time dateTime={r.alert.resolvedAt}>{formatTime(r.alert.resolvedAt)}</time>
        ),
    },
    { key: "value", label: "Value vs condition", render: alertValueText },
    { key: "reason", label: "Reason", render: (r) => <span className="reason">{r.alert.reason}</span> },
    {
      key: "silenced",
      label: "Silenced",
      sort: (r) => (r.silence === null ? 1 : 0),
      render: (r) => <SilenceBadge silence={r.silence} />,
    },
  ];
  return (
    <SortableTable
      testId="alerts-table"
      caption="Alerts"
      rows={rows}
      rowKey={(r) => r.alert.id}
      columns={columns}
      onSelect={onSelect}
      {...(selected !== undefined ? { selected } : {})}
    />
  );
}
