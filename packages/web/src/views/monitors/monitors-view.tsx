import { useState } from "react";
import { useAlerts } from "../../api/queries";
import { useModelContext } from "../../app/model-context";
import { ErrorState, Loadable, Loading, Panel } from "../../components/panel";
import { useLiveClock } from "../../live/live-clock";
import { useViewState } from "../../state/use-view-state";
import { useChannels } from "./channel-queries";
import { ChannelsPanel } from "./channels-panel";
import { MonitorEditor } from "./monitor-editor";
import { useDeleteMonitor, useLastEvaluations, useMonitors } from "./monitor-queries";
import type { Monitor } from "./monitor-types";
import { MonitorsTable } from "./monitors-table";
import "./monitors.css";

function DeleteConfirm({ monitor, onClose }: { readonly monitor: Monitor; readonly onClose: () => void }) {
  const { model } = useModelContext();
  const remove = useDeleteMonitor(model.name);
  return (
    <div className="confirm-box" role="alertdialog" aria-label={`Delete monitor ${monitor.name}`}>
      <p>
        Delete the monitor “{monitor.name}” with its history? Its alerts stay listed; it is evaluated no more.
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="danger"
          disabled={remove.isPending}
          onClick={() => remove.mutate(monitor.id, { onSuccess: onClose })}
        >
          {remove.isPending ? "Deleting…" : "Delete monitor"}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
      {remove.error !== null && <ErrorState error={remove.error} />}
    </div>
  );
}

/**
 * The model's monitors (what each watches, its condition, schedule, channels and last evaluation), the form that
 * creates or edits one with a backtest over the past week, and the notification channels. URL: `monitor=new` or
 * `monitor=<id>` opens the form, `channel=new` the channel form.
 */
export function MonitorsView() {
  const { model } = useModelContext();
  const { param, setParam, setParams } = useViewState();
  const { now } = useLiveClock();
  const monitors = useMonitors(model.name);
  const channels = useChannels();
  const alerts = useAlerts(model.name, undefined, now);
  const last = useLastEvaluations(model.name, monitors.data?.map((m) => m.id) ?? [], now);
  const [deleting, setDeleting] = useState<Monitor | null>(null);
  const editing = param("monitor");
  const edited =
    editing === undefined || editing === "new"
      ? null
      : (monitors.data?.find((m) => m.id === editing) ?? null);

  return (
    <div className="grid monitors-view">
      <Panel
        title="Monitors"
        wide
        testId="monitors-panel"
        actions={
          <button type="button" className="primary" onClick={() => setParam("monitor", "new")}>
            New monitor
          </button>
        }
      >
        <Loadable
          query={monitors}
          isEmpty={(list) => list.length === 0}
          empty="No monitors yet: create one to be told when a metric breaks its condition."
        >
          {(list) => (
            <MonitorsTable
              monitors={list}
              channels={channels.data ?? []}
              last={last}
              openAlerts={alerts.data ?? []}
              now={now}
              selected={edited?.id}
              onEdit={(m) => setParam("monitor", m.id)}
              onDelete={setDeleting}
            />
          )}
        </Loadable>
        {deleting !== null && (
          <DeleteConfirm
            monitor={deleting}
            onClose={() => {
              if (deleting.id === editing) setParam("monitor", undefined);
              setDeleting(null);
            }}
          />
        )}
      </Panel>
      {editing !== undefined && (
        <Panel
          title={editing === "new" ? "New monitor" : `Edit “${edited?.name ?? editing}”`}
          wide
          testId="monitor-editor"
        >
          {editing !== "new" && edited === null ? (
            monitors.data === undefined ? (
              monitors.error ? (
                <ErrorState error={monitors.error} />
              ) : (
                <Loading />
              )
            ) : (
              <p className="state error" role="alert">
                No monitor “{editing}” on {model.name}: it may have been deleted.
              </p>
            )
          ) : (
            <MonitorEditor
              key={edited?.id ?? "new"}
              monitor={edited}
              channels={channels.data ?? []}
              onDone={() => setParams({ monitor: undefined })}
            />
          )}
        </Panel>
      )}
      <ChannelsPanel
        monitors={monitors.data ?? []}
        creating={param("channel") === "new"}
        setCreating={(open) => setParam("channel", open ? "new" : undefined)}
      />
    </div>
  );
}
