import { useMemo } from "react";
import { ApiError } from "../../api/api-error";
import { EChart } from "../../charts/echart";
import { ErrorState, Loading } from "../../components/panel";
import { formatTime, metricLabel } from "../../format/format";
import { backtestOption, backtestSummary } from "./backtest-option";
import type { Backtest } from "./monitor-types";

function BacktestChart({ backtest, metric }: { readonly backtest: Backtest; readonly metric: string }) {
  const option = useMemo(() => backtestOption(backtest, metric), [backtest, metric]);
  const summary = backtestSummary(backtest);
  return (
    <div className="backtest" data-testid="backtest-result">
      <p className="backtest-summary">
        <strong data-testid="backtest-count">{summary.fired}</strong> {summary.text.replace(/^\d+ /, "")}
      </p>
      <EChart
        option={option}
        height={260}
        label={`${metricLabel(metric)} at each backtest evaluation from ${formatTime(backtest.from)} to ${formatTime(backtest.to)}, with ${summary.fired} would-be alerts shaded`}
        testId="backtest-chart"
      />
      <p className="muted">
        {formatTime(backtest.from)} to {formatTime(backtest.to)}. Shaded: would-be alerts (vermillion: fired;
        orange: pending that cleared). Nothing was stored or sent.
      </p>
    </div>
  );
}

/** The state of a backtest request: not asked yet, running, refused, or its chart and would-be alert count. */
export function BacktestResult({
  status,
  error,
  data,
  metric,
}: {
  readonly status: "idle" | "pending" | "error" | "success";
  readonly error: unknown;
  readonly data: Backtest | undefined;
  readonly metric: string;
}) {
  if (status === "idle")
    return (
      <p className="muted">
        “Backtest over the past week” replays this monitor as the scheduler would have and draws the alerts it
        would have raised, before you save it.
      </p>
    );
  if (status === "pending") return <Loading what="Replaying the past week" />;
  if (status === "error") {
    if (error instanceof ApiError && error.status === 404 && error.message.startsWith("no route"))
      return (
        <p className="state empty" data-testid="backtest-missing">
          This server does not offer backtests yet (POST …/monitors/backtest answered 404).
        </p>
      );
    if (error instanceof ApiError && (error.status === 400 || error.status === 422))
      return <p className="error-text">The backtest was refused: {error.message}. See the form above.</p>;
    return <ErrorState error={error} />;
  }
  return data === undefined ? null : <BacktestChart backtest={data} metric={metric} />;
}
