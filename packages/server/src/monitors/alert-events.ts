import type { ModelEvent } from "../events/event-hub.js";
import type { AlertChange } from "../store/duckdb/alert-store.js";

/**
 * The live `alert` events of one evaluation's change: one per transition of its alert (pending, firing, resolved,
 * or back to ok from pending), in order, for the model's event stream.
 */
export function alertEvents(change: AlertChange): ModelEvent[] {
  const { alert } = change;
  if (!alert) return [];
  return change.events.map((e) => ({
    type: "alert",
    data: {
      id: alert.id,
      monitorId: change.monitorId,
      state: e.state,
      value: e.value,
      at: new Date(e.at).toISOString(),
    },
  }));
}
