import { useMemo } from "react";
import type { AliasInfo } from "../../api/types";
import { Badge } from "../../components/badge";
import { Empty, Loadable, Panel } from "../../components/panel";
import { SortableTable } from "../../components/sortable-table";
import { formatTime } from "../../format/format";
import { historyRows } from "./alias-history";
import { useAliasHistory } from "./version-queries";

export interface AliasesPanelProps {
  readonly model: string;
  readonly aliases: readonly AliasInfo[];
  /** The alias whose history shows (the URL's `alias=`). */
  readonly selected: string | undefined;
  readonly onSelect: (alias: string) => void;
}

function History({ model, alias }: { readonly model: string; readonly alias: string }) {
  const history = useAliasHistory(model, alias);
  const rows = useMemo(() => historyRows(history.data ?? []), [history.data]);
  return (
    <section aria-label={`History of ${alias}`} className="alias-history">
      <h3>History of {alias}</h3>
      <Loadable query={history} isEmpty={(h) => h.length === 0} empty={`${alias} has no recorded changes.`}>
        {() => (
          <div className="table-wrap">
            <table className="data-table" data-testid="alias-history">
              <caption className="visually-hidden">Every change of {alias}, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Change</th>
                  <th scope="col">By (key)</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key}>
                    <td title={r.at}>{formatTime(r.at)}</td>
                    <td>
                      {r.action === "delete" ? <Badge tone="warn">deleted</Badge> : null} {r.summary}
                    </td>
                    <td>
                      <code>{r.by}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loadable>
    </section>
  );
}

/** Aliases with the version each points at; choosing one shows its audit trail (moves, who, when). */
export function AliasesPanel({ model, aliases, selected, onSelect }: AliasesPanelProps) {
  // A deleted alias named in the URL still shows its history; without one, the champion's (rollbacks) comes first.
  const fallback =
    aliases.find((a) => a.alias === "champion") ??
    [...aliases].sort((x, y) => x.alias.localeCompare(y.alias))[0];
  const historyOf = selected ?? fallback?.alias;
  return (
    <Panel title="Aliases" testId="aliases-panel">
      {aliases.length === 0 ? (
        <Empty>No aliases yet: point one at a version below.</Empty>
      ) : (
        <SortableTable
          rows={aliases}
          rowKey={(a) => a.alias}
          caption="Aliases and the versions they point at; select one for its history"
          {...(historyOf !== undefined ? { selected: historyOf } : {})}
          onSelect={(a) => onSelect(a.alias)}
          testId="aliases-table"
          initialSort={{ key: "alias", descending: false }}
          columns={[
            { key: "alias", label: "Alias", render: (a) => <strong>{a.alias}</strong>, sort: (a) => a.alias },
            { key: "version", label: "Points at", render: (a) => a.version, sort: (a) => a.version },
            {
              key: "updated",
              label: "Since",
              render: (a) => <span title={a.updatedAt}>{formatTime(a.updatedAt)}</span>,
              sort: (a) => a.updatedAt,
            },
            { key: "by", label: "By (key)", render: (a) => <code>{a.updatedBy}</code> },
          ]}
        />
      )}
      {historyOf !== undefined && <History model={model} alias={historyOf} />}
    </Panel>
  );
}
