import { NavLink, Outlet, useLocation, useParams } from "react-router";
import { useAliases, useModel, useVersions } from "../api/queries";
import { ErrorState, Loading } from "../components/panel";
import { useModelEvents } from "../live/use-model-events";
import { useViewState } from "../state/use-view-state";
import { VIEW_STATE_KEYS } from "../state/view-state";
import { LiveIndicator } from "./live-indicator";
import type { ModelContext } from "./model-context";
import { ReportExport } from "./report-export";
import { WindowControls } from "./window-controls";

export const MODEL_TABS = [
  ["", "Overview"],
  ["drift", "Drift"],
  ["explain", "Explain"],
  ["performance", "Performance"],
  ["fairness", "Fairness"],
  ["quality", "Data quality"],
  ["versions", "Versions"],
  ["alerts", "Alerts"],
  ["monitors", "Monitors"],
  ["lookup", "Prediction lookup"],
] as const;

/** The window part of the query string, carried from tab to tab; a view's own keys (feature, id) stay behind. */
function sharedSearch(search: string): string {
  const params = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const key of VIEW_STATE_KEYS) {
    const value = params.get(key);
    if (value !== null && key !== "feature") kept.set(key, value);
  }
  const text = kept.toString();
  return text === "" ? "" : `?${text}`;
}

/** Loads the model once for all its views, follows its live stream, and holds the window controls and tabs. */
export function ModelLayout() {
  const { model: name = "" } = useParams();
  const location = useLocation();
  const model = useModel(name);
  const versions = useVersions(name);
  const aliases = useAliases(name);
  const { window } = useViewState();
  useModelEvents(model.data ? name : undefined);

  if (model.error) return <ErrorState error={model.error} retry={() => void model.refetch()} />;
  if (model.data === undefined || versions.data === undefined || aliases.data === undefined) {
    if (versions.error) return <ErrorState error={versions.error} />;
    return <Loading what={`Loading ${name}`} />;
  }
  const context: ModelContext = { model: model.data, versions: versions.data, aliases: aliases.data };
  const search = sharedSearch(location.search);
  const base = `/models/${encodeURIComponent(name)}`;
  return (
    <div className="model-page">
      <div className="model-header">
        <h1>
          {model.data.name} <span className="task">{model.data.task}</span>
        </h1>
        <LiveIndicator following={window.live} />
        <ReportExport model={name} />
      </div>
      <nav className="tabs" aria-label="Model views">
        {MODEL_TABS.map(([path, label]) => (
          <NavLink key={path} to={`${base}${path === "" ? "" : `/${path}`}${search}`} end={path === ""}>
            {label}
          </NavLink>
        ))}
      </nav>
      <WindowControls model={model.data} versions={versions.data} aliases={aliases.data} />
      <Outlet context={context} />
    </div>
  );
}
