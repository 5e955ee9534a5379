import { describe, expect, it } from "vitest";
import { type AlertInput, type AlertRule, type AlertState, nextAlertState } from "./alert-state.js";

const MIN = 60_000;
type Status = AlertInput["status"];
/** Minute of the evaluation, what it found, and the expected state name and notification after it. */
type Step = readonly [number, Status, AlertState["state"], "firing" | "resolved" | null];

const RULE: AlertRule = { forMs: 0, keepFiringForMs: 0, noData: "ok" };

/** Runs the steps through the machine and returns what it did, in the shape of the table. */
function walk(rule: AlertRule, steps: readonly Step[]): Step[] {
  let state: AlertState | undefined;
  return steps.map(([minute, status]) => {
    const step = nextAlertState(state, { status, value: minute }, minute * MIN, rule);
    state = step.state;
    return [minute, status, step.state.state, step.notify];
  });
}

const cases: readonly { name: string; rule: Partial<AlertRule>; steps: readonly Step[] }[] = [
  {
    name: "for 0 fires on the first breach and resolves on the first ok; resolved stays until the next breach",
    rule: {},
    steps: [
      [0, "ok", "ok", null],
      [5, "breach", "firing", "firing"],
      [10, "breach", "firing", null],
      [15, "ok", "resolved", "resolved"],
      [20, "ok", "resolved", null],
      [25, "breach", "firing", "firing"],
    ],
  },
  {
    name: "for 10m: pending until 10 minutes after the first breach, then firing",
    rule: { forMs: 10 * MIN },
    steps: [
      [0, "breach", "pending", null],
      [5, "breach", "pending", null],
      [9, "breach", "pending", null],
      [10, "breach", "firing", "firing"],
      [15, "breach", "firing", null],
      [20, "ok", "resolved", "resolved"],
    ],
  },
  {
    name: "a pending episode that clears ends silently, and the next breach starts `for` again",
    rule: { forMs: 10 * MIN },
    steps: [
      [0, "breach", "pending", null],
      [5, "ok", "ok", null],
      [10, "breach", "pending", null],
      [15, "breach", "pending", null],
      [20, "breach", "firing", "firing"],
    ],
  },
  {
    name: "a breach after resolved opens a new episode that waits `for` again",
    rule: { forMs: 5 * MIN },
    steps: [
      [0, "breach", "pending", null],
      [5, "breach", "firing", "firing"],
      [10, "ok", "resolved", "resolved"],
      [15, "breach", "pending", null],
      [20, "breach", "firing", "firing"],
    ],
  },
  {
    name: "keepFiringFor counts from the first clear evaluation (Prometheus), not from the last breach",
    rule: { keepFiringForMs: 10 * MIN },
    steps: [
      [0, "breach", "firing", "firing"],
      [5, "ok", "firing", null],
      [10, "ok", "firing", null],
      [14, "ok", "firing", null],
      [15, "ok", "resolved", "resolved"],
    ],
  },
  {
    name: "a breach during keepFiringFor restarts it",
    rule: { keepFiringForMs: 10 * MIN },
    steps: [
      [0, "breach", "firing", "firing"],
      [5, "ok", "firing", null],
      [10, "breach", "firing", null],
      [15, "ok", "firing", null],
      [20, "ok", "firing", null],
      [25, "ok", "resolved", "resolved"],
    ],
  },
  {
    name: "keepFiringFor does not hold a pending episode",
    rule: { forMs: 10 * MIN, keepFiringForMs: 30 * MIN },
    steps: [
      [0, "breach", "pending", null],
      [5, "ok", "ok", null],
    ],
  },
  {
    name: "noData ok: no data clears like ok, and keepFiringFor still applies",
    rule: { noData: "ok", keepFiringForMs: 5 * MIN },
    steps: [
      [0, "breach", "firing", "firing"],
      [5, "nodata", "firing", null],
      [10, "nodata", "resolved", "resolved"],
      [15, "nodata", "resolved", null],
    ],
  },
  {
    name: "noData alerting: no data is a breach and waits `for` like one",
    rule: { noData: "alerting", forMs: 10 * MIN },
    steps: [
      [0, "ok", "ok", null],
      [5, "nodata", "pending", null],
      [10, "breach", "pending", null],
      [15, "nodata", "firing", "firing"],
      [20, "ok", "resolved", "resolved"],
    ],
  },
  {
    name: "noData keep: no data changes nothing, in any state",
    rule: { noData: "keep", forMs: 10 * MIN },
    steps: [
      [0, "nodata", "ok", null],
      [5, "breach", "pending", null],
      [10, "nodata", "pending", null],
      [15, "breach", "firing", "firing"],
      [20, "nodata", "firing", null],
      [25, "ok", "resolved", "resolved"],
      [30, "nodata", "resolved", null],
    ],
  },
  {
    name: "insufficient never opens, fires, clears or resolves an episode",
    rule: { forMs: 10 * MIN },
    steps: [
      [0, "insufficient", "ok", null],
      [5, "breach", "pending", null],
      [10, "insufficient", "pending", null],
      [15, "insufficient", "pending", null],
      [20, "breach", "firing", "firing"],
      [25, "insufficient", "firing", null],
      [30, "ok", "resolved", "resolved"],
      [35, "insufficient", "resolved", null],
    ],
  },
  {
    name: "insufficient inside keepFiringFor neither resolves nor restarts it",
    rule: { keepFiringForMs: 10 * MIN },
    steps: [
      [0, "breach", "firing", "firing"],
      [5, "ok", "firing", null],
      [10, "insufficient", "firing", null],
      [15, "insufficient", "firing", null],
      [20, "ok", "resolved", "resolved"],
    ],
  },
];

describe("nextAlertState", () => {
  it.each(cases)("$name", ({ rule, steps }) => {
    expect(walk({ ...RULE, ...rule }, steps)).toEqual(steps);
  });

  it("records each transition with its time and value, and the episode's times", () => {
    const rule: AlertRule = { forMs: 5 * MIN, keepFiringForMs: 5 * MIN, noData: "ok" };
    const a = nextAlertState(undefined, { status: "breach", value: 0.7 }, 0, rule);
    expect(a.transitions).toEqual([{ from: "ok", to: "pending", at: 0, value: 0.7 }]);
    expect(a.state).toEqual({
      state: "pending",
      since: 0,
      activeAt: 0,
      firingSince: null,
      lastBreachAt: 0,
      clearedAt: null,
      resolvedAt: null,
      lastValue: 0.7,
    });
    const b = nextAlertState(a.state, { status: "breach", value: 0.6 }, 5 * MIN, rule);
    expect(b.transitions).toEqual([{ from: "pending", to: "firing", at: 5 * MIN, value: 0.6 }]);
    expect(b.state).toMatchObject({ activeAt: 0, firingSince: 5 * MIN, since: 5 * MIN, lastValue: 0.6 });
    const c = nextAlertState(b.state, { status: "ok", value: 0.9 }, 10 * MIN, rule);
    expect(c.transitions).toEqual([]);
    expect(c.state).toMatchObject({
      state: "firing",
      since: 5 * MIN,
      clearedAt: 10 * MIN,
      lastBreachAt: 5 * MIN,
    });
    const d = nextAlertState(c.state, { status: "ok", value: 0.95 }, 15 * MIN, rule);
    expect(d.transitions).toEqual([{ from: "firing", to: "resolved", at: 15 * MIN, value: 0.95 }]);
    expect(d.state).toEqual({
      state: "resolved",
      since: 15 * MIN,
      activeAt: null,
      firingSince: 5 * MIN,
      lastBreachAt: 5 * MIN,
      clearedAt: null,
      resolvedAt: 15 * MIN,
      lastValue: 0.95,
    });
  });

  it("goes from ok straight to firing in one transition when `for` is 0", () => {
    const step = nextAlertState(undefined, { status: "breach", value: 3 }, 1000, RULE);
    expect(step.transitions).toEqual([{ from: "ok", to: "firing", at: 1000, value: 3 }]);
    expect(step.state).toMatchObject({ activeAt: 1000, firingSince: 1000, since: 1000 });
  });

  it("starts a new episode after resolved: new activeAt and firingSince, no resolvedAt", () => {
    const rule: AlertRule = { ...RULE, forMs: 5 * MIN };
    let state: AlertState | undefined;
    for (const [minute, status] of [
      [0, "breach"],
      [5, "breach"],
      [10, "ok"],
      [20, "breach"],
    ] as const)
      state = nextAlertState(state, { status, value: null }, minute * MIN, rule).state;
    expect(state).toMatchObject({
      state: "pending",
      activeAt: 20 * MIN,
      firingSince: null,
      resolvedAt: null,
    });
    state = nextAlertState(state, { status: "breach", value: null }, 25 * MIN, rule).state;
    expect(state).toMatchObject({ state: "firing", activeAt: 20 * MIN, firingSince: 25 * MIN });
  });

  it("returns the previous state itself when an evaluation changes nothing (insufficient, or nodata under keep)", () => {
    const firing = nextAlertState(undefined, { status: "breach", value: 1 }, 0, RULE).state;
    expect(nextAlertState(firing, { status: "insufficient", value: 9 }, MIN, RULE).state).toBe(firing);
    expect(
      nextAlertState(firing, { status: "nodata", value: null }, MIN, { ...RULE, noData: "keep" }).state,
    ).toBe(firing);
  });

  it("starts in ok at `now` when there is no previous state", () => {
    const step = nextAlertState(undefined, { status: "ok", value: 0.1 }, 42, RULE);
    expect(step).toEqual({
      state: {
        state: "ok",
        since: 42,
        activeAt: null,
        firingSince: null,
        lastBreachAt: null,
        clearedAt: null,
        resolvedAt: null,
        lastValue: 0.1,
      },
      transitions: [],
      notify: null,
    });
  });
});
