import { useReport } from "../../api/queries";
import { useModelContext } from "../../app/model-context";
import { Empty, Loadable, Panel } from "../../components/panel";
import { useViewState } from "../../state/use-view-state";
import { FairnessGroups } from "./fairness-groups";
import { FairnessOverTime } from "./fairness-over-time";

/** Group metrics side by side per sensitive attribute, the parity gaps, and their course over time. */
export function FairnessView() {
  const { model } = useModelContext();
  const { window, param, setParam } = useViewState();
  const report = useReport(model.name, window, model.sensitive.length > 0 && model.task === "binary");
  if (model.sensitive.length === 0) {
    return (
      <Empty>
        No sensitive attributes are declared for {model.name}. Declare them with{" "}
        <code>PATCH /api/v1/models/{model.name}</code> <code>{'{"sensitive": ["sex", "race"]}'}</code>{" "}
        (features or segment columns); fairness is then computed for every window.
      </Empty>
    );
  }
  if (model.task !== "binary") {
    return (
      <Empty>
        Fairness metrics are computed for binary classifiers; {model.name} is a {model.task} model.
      </Empty>
    );
  }
  const chosen = model.sensitive.includes(param("attribute") ?? "")
    ? param("attribute")!
    : model.sensitive[0]!;
  return (
    <>
      <div className="window-controls">
        <label htmlFor="fairness-attribute">Sensitive attribute</label>
        <select
          id="fairness-attribute"
          value={chosen}
          onChange={(e) => setParam("attribute", e.target.value)}
        >
          {model.sensitive.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <div className="grid">
        <Loadable query={report}>
          {(r) => {
            const attribute = r.fairness?.find((f) => f.attribute === chosen);
            if (attribute === undefined) {
              return (
                <Empty>
                  No fairness figures for {chosen} in this window: it needs labelled predictions with the
                  attribute.
                </Empty>
              );
            }
            return (
              <>
                <Panel title={`Groups of ${chosen}`} wide testId="fairness-groups">
                  <FairnessGroups attribute={attribute} />
                </Panel>
                <FairnessOverTime
                  model={model.name}
                  attribute={chosen}
                  groups={attribute.groups.map((g) => g.group)}
                />
              </>
            );
          }}
        </Loadable>
      </div>
    </>
  );
}
