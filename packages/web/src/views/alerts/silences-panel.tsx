import { Loadable, Panel, type QueryLike } from "../../components/panel";
import { SortableTable } from "../../components/sortable-table";
import { formatTime } from "../../format/format";
import { useExpireSilence } from "./alert-queries";
import type { Silence } from "./alert-types";

const matcherText = (matchers: Readonly<Record<string, string>>, monitorNames: ReadonlyMap<string, string>) =>
  Object.entries(matchers)
    .map(([name, value]) => `${name}=${name === "monitor" ? (monitorNames.get(value) ?? value) : value}`)
    .join(", ");

/** Silences that mute or will mute notifications (of this model, on a model's page), each with a button to end it. */
export function SilencesPanel({
  silences,
  model,
  monitorNames,
}: {
  readonly silences: QueryLike<readonly Silence[]>;
  readonly model: string | undefined;
  readonly monitorNames: ReadonlyMap<string, string>;
}) {
  const expire = useExpireSilence();
  const shown = {
    ...silences,
    data: silences.data?.filter(
      (s) =>
        s.state !== "expired" &&
        (model === undefined || s.matchers.model === undefined || s.matchers.model === model),
    ),
  };
  return (
    <Panel title="Active silences" wide testId="silences-panel">
      <Loadable
        query={shown}
        isEmpty={(list) => list.length === 0}
        empty="No silences: every alert notifies its channels."
      >
        {(list) => (
          <SortableTable
            testId="silences-table"
            caption="Active silences"
            rows={list}
            rowKey={(s) => s.id}
            initialSort={{ key: "ends", descending: false }}
            columns={[
              { key: "matchers", label: "Mutes", render: (s) => matcherText(s.matchers, monitorNames) },
              { key: "state", label: "State", render: (s) => s.state },
              {
                key: "starts",
                label: "From",
                sort: (s) => s.startsAt,
                render: (s) => formatTime(s.startsAt),
              },
              { key: "ends", label: "Until", sort: (s) => s.endsAt, render: (s) => formatTime(s.endsAt) },
              {
                key: "comment",
                label: "Comment",
                render: (s) => <span className="reason">{s.comment}</span>,
              },
              {
                key: "end",
                label: <span className="visually-hidden">End</span>,
                render: (s) => (
                  <button
                    type="button"
                    onClick={() => expire.mutate(s.id)}
                    disabled={expire.isPending && expire.variables === s.id}
                    aria-label={`End silence ${matcherText(s.matchers, monitorNames)}`}
                  >
                    End now
                  </button>
                ),
              },
            ]}
          />
        )}
      </Loadable>
      {expire.error !== null && (
        <p className="error-text" role="alert">
          Could not end the silence: {expire.error.message}
        </p>
      )}
    </Panel>
  );
}
