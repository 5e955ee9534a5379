import type { AliasInfo, VersionInfo } from "../../api/types";
import { Badge } from "../../components/badge";
import { Empty, Panel } from "../../components/panel";
import { formatCount, formatTime } from "../../format/format";
import { benchmarkEntries } from "./benchmark-entries";

export interface RegistryPanelProps {
  readonly versions: readonly VersionInfo[];
  readonly aliases: readonly AliasInfo[];
  /** Starts pointing an alias at this version (the move form takes it from there, with a confirmation). */
  readonly onPointAlias: (version: string) => void;
}

/** Every registered version, newest first, with its metadata, offline benchmark, reference and the aliases on it. */
export function RegistryPanel({ versions, aliases, onPointAlias }: RegistryPanelProps) {
  const rows = [...versions].sort((x, y) => y.createdAt.localeCompare(x.createdAt));
  return (
    <Panel title="Versions" wide testId="versions-registry">
      {rows.length === 0 ? (
        <Empty>No versions registered yet: POST /api/v1/models/:model/versions registers one.</Empty>
      ) : (
        <div className="table-wrap">
          <table className="data-table versions-table">
            <caption className="visually-hidden">Registered versions</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Description</th>
                <th scope="col">Created</th>
                <th scope="col">Offline benchmark</th>
                <th scope="col">Reference</th>
                <th scope="col">Endpoint</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((v) => {
                const entries = benchmarkEntries(v.metrics);
                return (
                  <tr key={v.version} data-version={v.version}>
                    <th scope="row">
                      <div className="version-name">{v.version}</div>
                      <div className="badges">
                        {aliases
                          .filter((a) => a.version === v.version)
                          .map((a) => (
                            <Badge key={a.alias} tone="info" title={`alias ${a.alias} points here`}>
                              {a.alias}
                            </Badge>
                          ))}
                      </div>
                    </th>
                    <td className="wrap">
                      {v.description ?? <span className="muted">no description</span>}
                      {v.tags.length > 0 && (
                        <div className="badges">
                          {v.tags.map((t) => (
                            <Badge key={t} tone="neutral">
                              {t}
                            </Badge>
                          ))}
                        </div>
                      )}
                    </td>
                    <td title={v.createdAt}>{formatTime(v.createdAt)}</td>
                    <td>
                      {entries.length === 0 ? (
                        <span className="muted">none</span>
                      ) : (
                        <dl className="benchmark">
                          {entries.map((e) => (
                            <div key={e.metric}>
                              <dt>{e.label}</dt>
                              <dd>{e.text}</dd>
                            </div>
                          ))}
                        </dl>
                      )}
                    </td>
                    <td>
                      {v.reference === null ? (
                        <span className="muted">none uploaded</span>
                      ) : (
                        <span title={v.reference.columns.join(", ")}>
                          {formatCount(v.reference.rows)} rows
                          <div className="muted">uploaded {formatTime(v.reference.uploadedAt)}</div>
                        </span>
                      )}
                    </td>
                    <td>
                      {v.endpoint === null ? <span className="muted">—</span> : <code>{v.endpoint}</code>}
                    </td>
                    <td>
                      <button type="button" className="link-button" onClick={() => onPointAlias(v.version)}>
                        Point an alias here…
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
