import { BASELINE_LABELS, METHOD_LABELS } from "./explain-params";
import { BASELINES, type Baseline, EXPLAIN_METHODS, type ExplainMethod } from "./explain-types";

export interface ExplainControlsProps {
  readonly method: ExplainMethod;
  readonly baseline: Baseline;
  readonly onChange: (patch: { method?: ExplainMethod; baseline?: Baseline }) => void;
}

/** How importance is measured (`method=`) and what the window is compared with (`baseline=`). */
export function ExplainControls({ method, baseline, onChange }: ExplainControlsProps) {
  return (
    <div className="window-controls explain-controls" data-testid="explain-controls">
      <label htmlFor="explain-method">Importance from</label>
      <select
        id="explain-method"
        value={method}
        onChange={(e) => onChange({ method: e.target.value as ExplainMethod })}
      >
        {EXPLAIN_METHODS.map((m) => (
          <option key={m} value={m}>
            {METHOD_LABELS[m]}
          </option>
        ))}
      </select>
      <label htmlFor="explain-baseline">compared with</label>
      <select
        id="explain-baseline"
        value={baseline}
        onChange={(e) => onChange({ baseline: e.target.value as Baseline })}
      >
        {BASELINES.map((b) => (
          <option key={b} value={b}>
            {BASELINE_LABELS[b]}
          </option>
        ))}
      </select>
    </div>
  );
}
