import { useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { useModelContext } from "../../app/model-context";
import { useViewState } from "../../state/use-view-state";
import { ComparisonsPanel } from "../comparisons/comparisons-panel";
import { AliasesPanel } from "./aliases-panel";
import { CompareSection } from "./compare-section";
import { MoveAliasPanel } from "./move-alias-panel";
import { RegistryPanel } from "./registry-panel";
import "./versions.css";

/**
 * The version registry (metadata, benchmarks, aliases and their audit trail, moving an alias), a comparison of
 * two versions over the window, and the comparisons made when a retrained version registered. URL: `alias=` whose history shows, `a=`/`b=` the compared sides.
 */
export function VersionsView() {
  const { model, versions, aliases } = useModelContext();
  const { window, param, setParam } = useViewState();
  const [, setSearchParams] = useSearchParams();
  const [target, setTarget] = useState<string | undefined>(undefined);
  const aliasInput = useRef<HTMLInputElement>(null);
  const a = param("a");
  const b = param("b");

  return (
    <div className="grid versions-view">
      <RegistryPanel
        versions={versions}
        aliases={aliases}
        onPointAlias={(version) => {
          setTarget(version);
          aliasInput.current?.scrollIntoView({ block: "center" });
          aliasInput.current?.focus();
        }}
      />
      <AliasesPanel
        model={model.name}
        aliases={aliases}
        selected={param("alias")}
        onSelect={(alias) => setParam("alias", alias)}
      />
      <MoveAliasPanel
        model={model.name}
        aliases={aliases}
        versions={versions}
        version={target}
        onVersion={setTarget}
        aliasInput={aliasInput}
        onMoved={(alias) => setParam("alias", alias)}
      />
      <CompareSection
        model={model}
        versions={versions}
        aliases={aliases}
        window={window}
        a={a}
        b={b}
        setSides={(sides) =>
          // One URL change for both sides (two setParam calls in a row would each start from the same URL).
          setSearchParams((params) => {
            const next = new URLSearchParams(params);
            if (sides.a !== undefined) next.set("a", sides.a);
            if (sides.b !== undefined) next.set("b", sides.b);
            return next;
          })
        }
      />
      <ComparisonsPanel
        model={model.name}
        aliases={aliases}
        title="Retrained versions against the current ones"
      />
    </div>
  );
}
