import { useId, useMemo } from "react";
import { useParams } from "react-router";
import { Loadable, Panel } from "../../components/panel";
import { useLiveClock } from "../../live/live-clock";
import { useViewState } from "../../state/use-view-state";
import { useMonitorsOf } from "../monitors/monitor-queries";
import { AlertDetail } from "./alert-detail";
import { useAlertList, useSilences } from "./alert-queries";
import { alertRows } from "./alert-row";
import type { AlertState } from "./alert-types";
import { AlertsTable } from "./alerts-table";
import { SilencesPanel } from "./silences-panel";
import "./alerts.css";

const STATES: readonly [AlertState | "", string][] = [
  ["", "All states"],
  ["firing", "Firing"],
  ["pending", "Pending"],
  ["resolved", "Resolved"],
  ["ok", "Cleared while pending"],
];

const isState = (value: string | undefined): value is AlertState =>
  value === "firing" || value === "pending" || value === "resolved" || value === "ok";

/**
 * Firing and resolved alerts of every model (/alerts) or of one (/models/:model/alerts), refreshed as the live
 * clock moves; selecting one (`alert=` in the URL) shows its timeline, the monitor's metric around it, its
 * deliveries, the view that explains it, and a form to silence it. `state=` filters the list.
 */
export function AlertsView() {
  const { model } = useParams();
  const { param, setParam } = useViewState();
  const { now } = useLiveClock();
  const id = useId();
  const stateParam = param("state");
  const state = isState(stateParam) ? stateParam : undefined;
  const selectedId = param("alert");

  const alerts = useAlertList(model, state, now);
  const inList = alerts.data?.find((a) => a.id === selectedId);
  // A selected alert outside the filter (a link from a notification, a state that moved on) is still shown.
  const everything = useAlertList(
    model,
    undefined,
    now,
    selectedId !== undefined && state !== undefined && alerts.data !== undefined && inList === undefined,
  );
  const selected = inList ?? everything.data?.find((a) => a.id === selectedId);
  const models = useMemo(() => {
    const names = new Set((alerts.data ?? []).map((a) => a.model));
    if (model !== undefined) names.add(model);
    if (selected !== undefined) names.add(selected.model);
    return [...names].sort();
  }, [alerts.data, model, selected]);
  const monitors = useMonitorsOf(models);
  const silences = useSilences(now);
  const rows = useMemo(
    () => alertRows(alerts.data ?? [], monitors.byId, silences.data ?? [], now),
    [alerts.data, monitors.byId, silences.data, now],
  );
  const selectedRow =
    selected === undefined ? undefined : alertRows([selected], monitors.byId, silences.data ?? [], now)[0];
  const monitorNames = useMemo(
    () => new Map([...monitors.byId.values()].map((m) => [m.id, m.name] as const)),
    [monitors.byId],
  );
  const firing = rows.filter((r) => r.alert.state === "firing").length;

  return (
    <div className="alerts-view">
      {model === undefined && (
        <div className="page-title">
          <h1>Alerts</h1>
          <span className="muted">every model; refreshed every 30 s</span>
        </div>
      )}
      <div className="alerts-filter">
        <label htmlFor={`${id}-state`}>State</label>
        <select
          id={`${id}-state`}
          value={state ?? ""}
          onChange={(e) => setParam("state", e.target.value === "" ? undefined : e.target.value)}
        >
          {STATES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        {alerts.data !== undefined && (
          <span className="muted" role="status">
            {rows.length} alert{rows.length === 1 ? "" : "s"}
            {state === undefined && `, ${firing} firing`}
          </span>
        )}
      </div>
      <div className="grid">
        <Panel title="Alerts" wide testId="alerts-panel">
          <Loadable
            query={alerts}
            isEmpty={(list) => list.length === 0}
            empty={
              state === undefined
                ? "No alerts yet: monitors raise them when their condition holds."
                : `No ${STATES.find(([v]) => v === state)?.[1].toLowerCase()} alerts.`
            }
          >
            {() => (
              <AlertsTable
                rows={rows}
                showModel={model === undefined}
                selected={selectedId}
                onSelect={(row) => setParam("alert", row.alert.id === selectedId ? undefined : row.alert.id)}
              />
            )}
          </Loadable>
          {monitors.error !== null && (
            <p className="error-text">Could not load the monitors: {(monitors.error as Error).message}</p>
          )}
        </Panel>
        {selectedId !== undefined &&
          (selectedRow !== undefined ? (
            <AlertDetail row={selectedRow} now={now} onClose={() => setParam("alert", undefined)} />
          ) : (
            <Panel title="Alert" wide testId="alert-detail">
              <Loadable
                query={state !== undefined ? everything : alerts}
                isEmpty={() => true}
                empty={`No alert “${selectedId}”${model !== undefined ? ` on ${model}` : ""}.`}
              >
                {() => null}
              </Loadable>
            </Panel>
          ))}
        <SilencesPanel silences={silences} model={model} monitorNames={monitorNames} />
      </div>
    </div>
  );
}
