import { useState } from "react";
import { ApiError } from "../../api/api-error";
import { Badge } from "../../components/badge";
import { Loadable, Panel } from "../../components/panel";
import { SortableTable } from "../../components/sortable-table";
import { formatTime } from "../../format/format";
import { channelTarget } from "./channel-fields";
import { ChannelForm } from "./channel-form";
import { useChannels, useDeleteChannel, useTestChannel } from "./channel-queries";
import type { Channel, ChannelTestAnswer, Monitor } from "./monitor-types";

/** The receiver's answer, shortened: a whole HTML error page helps nobody in a table cell. */
const short = (text: string) => (text.length > 160 ? `${text.slice(0, 160)}…` : text);

function TestAnswer({ answer }: { readonly answer: ChannelTestAnswer | Error }) {
  if (answer instanceof Error) return <span className="error-text">{answer.message}</span>;
  return (
    <span className="test-answer" data-testid="channel-test-answer" title={answer.response}>
      <Badge tone={answer.ok ? "good" : "bad"}>{answer.ok ? "delivered" : "failed"}</Badge>{" "}
      {answer.status === 0 ? "unreachable" : `HTTP ${answer.status}`}
      {answer.response !== "" && <span className="muted"> {short(answer.response)}</span>}
    </span>
  );
}

/**
 * Notification channels: list, create with the type's settings, send a test (showing the receiver's answer), and
 * delete (a channel still used by monitors is refused; the refusal names them). `channel=new` opens the form.
 */
export function ChannelsPanel({
  monitors,
  creating,
  setCreating,
}: {
  /** This model's monitors, to name the users of a channel; others show by id. */
  readonly monitors: readonly Monitor[];
  readonly creating: boolean;
  readonly setCreating: (open: boolean) => void;
}) {
  const channels = useChannels();
  const test = useTestChannel();
  const remove = useDeleteChannel();
  const [answers, setAnswers] = useState<Readonly<Record<string, ChannelTestAnswer | Error>>>({});
  const [confirming, setConfirming] = useState<Channel | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const names = new Map(monitors.map((m) => [m.id, m.name] as const));

  const runTest = (channel: Channel) =>
    test.mutate(channel.id, {
      onSuccess: (answer) => setAnswers((a) => ({ ...a, [channel.id]: answer })),
      onError: (error) => setAnswers((a) => ({ ...a, [channel.id]: error })),
    });
  const deleteError = remove.error;
  const inUse =
    deleteError instanceof ApiError &&
    deleteError.status === 409 &&
    Array.isArray(deleteError.details.monitors)
      ? (deleteError.details.monitors as string[]).map((id) => names.get(id) ?? id)
      : null;

  return (
    <Panel
      title="Notification channels"
      wide
      testId="channels-panel"
      actions={
        !creating && (
          <button type="button" onClick={() => setCreating(true)}>
            New channel
          </button>
        )
      }
    >
      {creating && (
        <ChannelForm
          onCreated={(channel) => {
            setCreated(channel.name);
            setCreating(false);
          }}
          onCancel={() => setCreating(false)}
        />
      )}
      {created !== null && !creating && (
        <p role="status" className="muted">
          Created channel “{created}”. Press Test to send it a test message.
        </p>
      )}
      <Loadable
        query={channels}
        isEmpty={(list) => list.length === 0}
        empty="No channels yet: a monitor without channels raises alerts here but notifies nobody."
      >
        {(list) => (
          <SortableTable
            testId="channels-table"
            caption="Notification channels"
            rows={list}
            rowKey={(c) => c.id}
            initialSort={{ key: "name", descending: false }}
            columns={[
              {
                key: "name",
                label: "Name",
                sort: (c) => c.name.toLowerCase(),
                render: (c) => <strong>{c.name}</strong>,
              },
              { key: "type", label: "Type", sort: (c) => c.type, render: (c) => c.type },
              {
                key: "target",
                label: "Sends to",
                render: (c) => <span className="target">{channelTarget(c)}</span>,
              },
              {
                key: "created",
                label: "Created",
                sort: (c) => c.createdAt,
                render: (c) => formatTime(c.createdAt),
              },
              {
                key: "test",
                label: "Test",
                render: (c) => (
                  <span className="row-actions">
                    <button
                      type="button"
                      onClick={() => runTest(c)}
                      disabled={test.isPending && test.variables === c.id}
                      aria-label={`Test ${c.name}`}
                    >
                      {test.isPending && test.variables === c.id ? "Sending…" : "Test"}
                    </button>
                    {answers[c.id] !== undefined && <TestAnswer answer={answers[c.id]!} />}
                  </span>
                ),
              },
              {
                key: "delete",
                label: <span className="visually-hidden">Delete</span>,
                render: (c) => (
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      remove.reset();
                      setConfirming(c);
                    }}
                    aria-label={`Delete ${c.name}`}
                  >
                    Delete
                  </button>
                ),
              },
            ]}
          />
        )}
      </Loadable>
      {confirming !== null && (
        <div className="confirm-box" role="alertdialog" aria-label={`Delete channel ${confirming.name}`}>
          <p>Delete the channel “{confirming.name}”? Monitors can no longer notify it.</p>
          <div className="form-actions">
            <button
              type="button"
              className="danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate(confirming.id, { onSuccess: () => setConfirming(null) })}
            >
              {remove.isPending ? "Deleting…" : "Delete channel"}
            </button>
            <button type="button" onClick={() => setConfirming(null)}>
              Cancel
            </button>
          </div>
          {inUse !== null ? (
            <p className="error-text" role="alert">
              Still used by {inUse.length === 1 ? "the monitor" : "the monitors"}{" "}
              {inUse.map((n) => `“${n}”`).join(", ")}: take it off {inUse.length === 1 ? "it" : "them"} first.
            </p>
          ) : (
            deleteError !== null && (
              <p className="error-text" role="alert">
                {deleteError instanceof Error ? deleteError.message : String(deleteError)}
              </p>
            )
          )}
        </div>
      )}
    </Panel>
  );
}
