import { describe, expect, it } from "vitest";
import { type GroupAlert, type GroupState, type GroupTiming, nextGroupFlush } from "./group-schedule.js";

const S = 1000;
const MIN = 60 * S;
const HOUR = 60 * MIN;

const firing = (fingerprint: string, startsAt: number): GroupAlert => ({
  fingerprint,
  status: "firing",
  startsAt,
});
const resolved = (fingerprint: string, startsAt: number, endsAt: number): GroupAlert => ({
  fingerprint,
  status: "resolved",
  startsAt,
  endsAt,
});

/** A fake clock over one group: each `at` call advances to `now`, runs the schedule and keeps its state. */
function groupClock(timing: Partial<GroupTiming> = {}) {
  let group: GroupState | null = null;
  return {
    at(now: number, alerts: readonly GroupAlert[]) {
      const flush = nextGroupFlush(group, alerts, now, timing);
      group = flush.group;
      return {
        sent: flush.due
          ? {
              reason: flush.reason,
              firing: flush.notification.firing.map((a) => a.fingerprint),
              resolved: flush.notification.resolved.map((a) => a.fingerprint),
            }
          : null,
        nextCheckAt: flush.nextCheckAt,
      };
    },
    group: () => group,
  };
}

describe("nextGroupFlush", () => {
  it("walks a group through wait, interval, repeat and resolve (Alertmanager's defaults)", () => {
    const clock = groupClock();
    const a = firing("a", 0);
    const b = firing("b", MIN);

    // A new group waits groupWait before its first notification.
    expect(clock.at(0, [a])).toEqual({ sent: null, nextCheckAt: 30 * S });
    expect(clock.at(29 * S, [a])).toEqual({ sent: null, nextCheckAt: 30 * S });
    expect(clock.at(30 * S, [a])).toEqual({
      sent: { reason: "first", firing: ["a"], resolved: [] },
      nextCheckAt: 30 * S + 5 * MIN,
    });

    // A second alert joins at +1 min and waits for the next groupInterval boundary.
    expect(clock.at(MIN, [a, b])).toEqual({ sent: null, nextCheckAt: 30 * S + 5 * MIN });
    expect(clock.at(30 * S + 5 * MIN, [a, b])).toEqual({
      sent: { reason: "new-alerts", firing: ["a", "b"], resolved: [] },
      nextCheckAt: 30 * S + 10 * MIN,
    });

    // Nothing changes: every flush until repeatInterval is silent, then the group is sent again.
    const lastSent = 30 * S + 5 * MIN;
    for (let t = lastSent + 5 * MIN; t < lastSent + 4 * HOUR; t += 5 * MIN)
      expect(clock.at(t, [a, b]).sent, `at ${t}`).toBeNull();
    expect(clock.at(lastSent + 4 * HOUR, [a, b]).sent).toEqual({
      reason: "repeat",
      firing: ["a", "b"],
      resolved: [],
    });

    // `a` resolves: one resolved notice at the next flush, with `b` still firing; then `a` is gone.
    const aEnded = resolved("a", 0, lastSent + 4 * HOUR + MIN);
    expect(clock.at(lastSent + 4 * HOUR + MIN, [aEnded, b]).sent).toBeNull();
    expect(clock.at(lastSent + 4 * HOUR + 5 * MIN, [aEnded, b]).sent).toEqual({
      reason: "resolved",
      firing: ["b"],
      resolved: ["a"],
    });
    expect(clock.at(lastSent + 4 * HOUR + 10 * MIN, [aEnded, b]).sent).toBeNull();

    // `b` resolves: the last notice, and the group closes.
    const bEnded = resolved("b", MIN, lastSent + 4 * HOUR + 11 * MIN);
    expect(clock.at(lastSent + 4 * HOUR + 15 * MIN, [aEnded, bEnded])).toEqual({
      sent: { reason: "resolved", firing: [], resolved: ["b"] },
      nextCheckAt: null,
    });
    expect(clock.group()).toBeNull();
    expect(clock.at(lastSent + 4 * HOUR + 20 * MIN, [aEnded, bEnded])).toEqual({
      sent: null,
      nextCheckAt: null,
    });

    // `a` fires again later: a new group, which waits and starts over, without the old resolutions.
    const again = firing("a", 6 * HOUR);
    expect(clock.at(6 * HOUR, [again, bEnded]).sent).toBeNull();
    expect(clock.at(6 * HOUR + 30 * S, [again, bEnded]).sent).toEqual({
      reason: "first",
      firing: ["a"],
      resolved: [],
    });
  });

  it.each([
    [
      "an alert that fires and resolves within groupWait is never sent",
      [
        [0, [firing("a", 0)], null],
        [10 * S, [resolved("a", 0, 10 * S)], null],
        [30 * S, [resolved("a", 0, 10 * S)], null],
      ],
    ],
    [
      "an alert that started more than groupWait ago is sent at once",
      [[10 * MIN, [firing("a", 0)], "first"]],
    ],
    [
      "a group with nothing firing is never created",
      [
        [0, [resolved("a", 0, 10 * S)], null],
        [30 * S, [resolved("a", 0, 10 * S)], null],
      ],
    ],
    [
      "a flapping alert that resolves and fires again between flushes is not news",
      [
        [0, [firing("a", 0)], null],
        [30 * S, [firing("a", 0)], "first"],
        [MIN, [resolved("a", 0, MIN)], null],
        [2 * MIN, [firing("a", 2 * MIN)], null],
        [30 * S + 5 * MIN, [firing("a", 2 * MIN)], null],
      ],
    ],
    [
      "an alert that fires and resolves between flushes while another fires is sent as resolved (as Alertmanager)",
      [
        [0, [firing("a", 0)], null],
        [30 * S, [firing("a", 0)], "first"],
        [MIN, [firing("a", 0), firing("b", MIN)], null],
        [2 * MIN, [firing("a", 0), resolved("b", MIN, 2 * MIN)], null],
        [30 * S + 5 * MIN, [firing("a", 0), resolved("b", MIN, 2 * MIN)], "resolved"],
      ],
    ],
    [
      "an alert that resolves and fires again between flushes while another fires is not news",
      [
        [0, [firing("a", 0), firing("b", 0)], null],
        [30 * S, [firing("a", 0), firing("b", 0)], "first"],
        [MIN, [firing("a", 0), resolved("b", 0, MIN)], null],
        [2 * MIN, [firing("a", 0), firing("b", 2 * MIN)], null],
        [30 * S + 5 * MIN, [firing("a", 0), firing("b", 2 * MIN)], null],
      ],
    ],
    [
      "a flush called late sends what changed and sets the next one groupInterval after it",
      [
        [0, [firing("a", 0)], null],
        [30 * S, [firing("a", 0)], "first"],
        [MIN, [firing("a", 0), firing("b", MIN)], null],
        [20 * MIN, [firing("a", 0), firing("b", MIN)], "new-alerts"],
        [24 * MIN, [firing("a", 0), firing("c", 24 * MIN)], null],
        [25 * MIN, [firing("a", 0), firing("c", 24 * MIN)], "new-alerts"],
      ],
    ],
  ] as const)("%s", (_, steps) => {
    const clock = groupClock();
    expect(steps.map(([now, alerts]) => clock.at(now, alerts).sent?.reason ?? null)).toEqual(
      steps.map(([, , reason]) => reason),
    );
  });

  it("takes its timing from the options", () => {
    const clock = groupClock({ groupWaitMs: 0, groupIntervalMs: MIN, repeatIntervalMs: 3 * MIN });
    const a = firing("a", 0);
    expect(clock.at(0, [a])).toEqual({
      sent: { reason: "first", firing: ["a"], resolved: [] },
      nextCheckAt: MIN,
    });
    expect([MIN, 2 * MIN, 3 * MIN, 4 * MIN].map((t) => clock.at(t, [a]).sent?.reason ?? null)).toEqual([
      null,
      null,
      "repeat",
      null,
    ]);
  });

  it("passes the caller's alert objects through and leaves the previous state untouched", () => {
    const alerts = [{ ...firing("a", 0), monitorName: "accuracy drop" }];
    const first = nextGroupFlush(undefined, alerts, 0);
    const before = structuredClone(first.group);
    const flush = nextGroupFlush(first.group, alerts, 30 * S);
    expect(flush.due && flush.notification.firing[0]).toBe(alerts[0]);
    expect(first.group).toEqual(before);
    expect(flush.group).toMatchObject({ createdAt: 0, notifiedAt: 30 * S, notifiedFiring: ["a"] });
  });
});
