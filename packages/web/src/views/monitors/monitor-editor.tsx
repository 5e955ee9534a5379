import { ApiError } from "../../api/api-error";
import { useModelContext } from "../../app/model-context";
import { BacktestResult } from "./backtest-result";
import { MonitorFormFields } from "./monitor-form";
import { fieldErrorsOf, formFromMonitor, type MonitorForm, newMonitorForm } from "./monitor-form-state";
import { useBacktest, useSaveMonitor } from "./monitor-queries";
import type { Channel, Monitor } from "./monitor-types";

/** The server's objection by field, for a 400 or 422; other failures show as a plain error. */
const errorsOf = (error: unknown) =>
  error instanceof ApiError && (error.status === 400 || error.status === 422) ? fieldErrorsOf(error) : {};

/** The create or edit form with the backtest of what it holds; saving closes it. */
export function MonitorEditor({
  monitor,
  channels,
  onDone,
}: {
  /** null: a new monitor. */
  readonly monitor: Monitor | null;
  readonly channels: readonly Channel[];
  readonly onDone: (saved: Monitor | null) => void;
}) {
  const { model, versions, aliases } = useModelContext();
  const save = useSaveMonitor(model.name);
  const backtest = useBacktest(model.name);
  const initial: MonitorForm =
    monitor === null ? newMonitorForm(model.segments) : formFromMonitor(monitor, model.segments);
  const saveError = save.error;
  const other = saveError !== null && Object.keys(errorsOf(saveError)).length === 0 ? saveError : null;
  return (
    <div className="monitor-editor">
      <MonitorFormFields
        model={model}
        versions={versions}
        aliases={aliases}
        channels={channels}
        initial={initial}
        submitLabel={monitor === null ? "Create monitor" : "Save changes"}
        busy={save.isPending}
        serverErrors={{ ...errorsOf(backtest.error), ...errorsOf(saveError) }}
        onSubmit={(body) =>
          save.mutate({ id: monitor?.id ?? null, body }, { onSuccess: (saved) => onDone(saved) })
        }
        onBacktest={(body) => backtest.mutate(body)}
        backtesting={backtest.isPending}
        onCancel={() => onDone(null)}
      />
      {other !== null && (
        <p className="error-text" role="alert">
          Could not save: {other instanceof Error ? other.message : String(other)}
        </p>
      )}
      <section className="backtest-section" aria-label="Backtest">
        <h3>Backtest</h3>
        <BacktestResult
          status={backtest.status}
          error={backtest.error}
          data={backtest.data}
          metric={backtest.variables?.metric ?? initial.metric}
        />
      </section>
    </div>
  );
}
