import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useApi } from "../../auth/auth-context";
import { Badge, type Tone } from "../../components/badge";
import { Loadable, Panel } from "../../components/panel";
import { type Column, SortableTable } from "../../components/sortable-table";
import { formatCount, formatMetric, formatPercent, metricLabel } from "../../format/format";
import { useLiveClock } from "../../live/live-clock";
import type { ModelSummary, Summary } from "./summary-types";
import { trafficChangeText } from "./traffic-change";

const STATUS: Record<ModelSummary["status"], { tone: Tone; text: string; rank: number }> = {
  critical: { tone: "bad", text: "Critical", rank: 0 },
  warning: { tone: "warn", text: "Warning", rank: 1 },
  ok: { tone: "good", text: "Healthy", rank: 2 },
  "no-data": { tone: "neutral", text: "No data", rank: 3 },
};

const columns: Column<ModelSummary>[] = [
  {
    key: "status",
    label: "Health",
    render: (m) => (
      <Badge tone={STATUS[m.status].tone} title={m.reasons.join("; ")}>
        {STATUS[m.status].text}
      </Badge>
    ),
    sort: (m) => STATUS[m.status].rank,
  },
  {
    key: "name",
    label: "Model",
    render: (m) => (
      <Link to={`/models/${encodeURIComponent(m.name)}`}>
        <strong>{m.name}</strong>
      </Link>
    ),
    sort: (m) => m.name,
  },
  { key: "task", label: "Task", render: (m) => m.task, sort: (m) => m.task },
  {
    key: "traffic",
    label: "Traffic, last hour",
    numeric: true,
    render: (m) => (
      <span title={`previous hour: ${formatCount(m.traffic.previousHour)}`}>
        {formatCount(m.traffic.lastHour)}{" "}
        <span className="muted">({trafficChangeText(m.traffic.lastHour, m.traffic.previousHour)})</span>
      </span>
    ),
    sort: (m) => m.traffic.lastHour,
  },
  {
    key: "drift",
    label: "Drifted features, 24 h",
    numeric: true,
    render: (m) => formatPercent(m.driftShare),
    sort: (m) => m.driftShare,
  },
  {
    key: "metric",
    label: "Main metric, 24 h vs benchmark",
    numeric: true,
    render: (m) =>
      m.metric.value === null ? (
        <span className="muted">no labels</span>
      ) : (
        <span>
          {metricLabel(m.metric.name)} {formatMetric(m.metric.name, m.metric.value)}
          {m.metric.benchmark !== null && (
            <span className="muted"> vs {formatMetric(m.metric.name, m.metric.benchmark)}</span>
          )}
        </span>
      ),
    sort: (m) => m.metric.value,
  },
  {
    key: "coverage",
    label: "Label coverage",
    numeric: true,
    render: (m) => formatPercent(m.labelCoverage),
    sort: (m) => m.labelCoverage,
  },
  {
    key: "alerts",
    label: "Alerts firing",
    numeric: true,
    render: (m) =>
      m.alertsFiring > 0 ? (
        <Link to={`/models/${encodeURIComponent(m.name)}/alerts?state=firing`}>
          <Badge tone="bad">{m.alertsFiring}</Badge>
        </Link>
      ) : (
        "0"
      ),
    sort: (m) => m.alertsFiring,
  },
  {
    key: "reasons",
    label: "Why",
    render: (m) => <span className="muted">{m.reasons.join("; ") || "—"}</span>,
  },
];

/** Every model with its health, worst first: where an on-call engineer starts. */
export function ModelsView() {
  const api = useApi();
  const { now } = useLiveClock();
  const summary = useQuery({
    queryKey: ["summary", Math.floor(now / 30_000)],
    queryFn: () => api.get<Summary>("/api/v1/summary"),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <div className="page-title">
        <h1>Models</h1>
        <span className="muted">health over the last hour and day; refreshed every 30 s</span>
      </div>
      <Panel title="All models" wide testId="models-panel">
        <Loadable
          query={summary}
          isEmpty={(s) => s.models.length === 0}
          empty={
            <>
              No models yet. Register one with <code>POST /api/v1/models</code>, or run{" "}
              <code>npx telltale demo</code>.
            </>
          }
        >
          {(s) => (
            <SortableTable
              rows={s.models}
              columns={columns}
              rowKey={(m) => m.name}
              caption="Models and their health"
              testId="models-table"
            />
          )}
        </Loadable>
      </Panel>
    </>
  );
}
