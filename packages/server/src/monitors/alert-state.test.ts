import { describe, expect, it } from "vitest";
import { type AlertRule, type AlertState, nextAlertState } from "./alert-state.js";

const MIN = 60_000;
type Status = "ok" | "breach" | "nodata" | "insufficient";

/** Walks evaluations at minute marks; returns the state name and the notification after each. */
function walk(
  rule: Partial<AlertRule>,
  steps: readonly [number, Status][],
): [number, string, string | null][] {
  const full: AlertRule = { forMs: 0, keepFiringForMs: 0, noData: "ok", ...rule };
  let state: AlertState | undefined;
  return steps.map(([minute, status]) => {
    const step = nextAlertState(state, { status, value: status === "breach" ? 1 : 0 }, minute * MIN, full);
    state = step.state;
    return [minute, step.state.state, step.notify];
  });
}

describe("nextAlertState", () => {
  it("fires on the first breach without `for`, and resolves on the first ok", () => {
    expect(
      walk({}, [
        [0, "ok"],
        [5, "breach"],
        [10, "breach"],
        [15, "ok"],
        [20, "ok"],
      ]),
    ).toEqual([
      [0, "ok", null],
      [5, "firing", "firing"],
      [10, "firing", null],
      [15, "resolved", "resolved"],
      [20, "resolved", null],
    ]);
  });

  it("waits `for` in pending, and drops a pending alert that clears without a notification", () => {
    expect(
      walk({ forMs: 10 * MIN }, [
        [0, "breach"],
        [5, "breach"],
        [10, "breach"],
        [15, "breach"],
        [20, "ok"],
        [25, "breach"],
        [30, "ok"],
      ]),
    ).toEqual([
      [0, "pending", null],
      [5, "pending", null],
      [10, "firing", "firing"],
      [15, "firing", null],
      [20, "resolved", "resolved"],
      [25, "pending", null],
      [30, "ok", null],
    ]);
  });

  it("keeps firing for `keepFiringFor` after the last breach", () => {
    expect(
      walk({ keepFiringForMs: 10 * MIN }, [
        [0, "breach"],
        [5, "ok"],
        [9, "ok"],
        [10, "ok"],
      ]),
    ).toEqual([
      [0, "firing", "firing"],
      [5, "firing", null],
      [9, "firing", null],
      [10, "resolved", "resolved"],
    ]);
  });

  it.each([
    ["ok", ["resolved", "resolved"]],
    ["alerting", ["firing", "firing"]],
    ["keep", ["firing", "firing"]],
  ] as const)("noData %s", (noData, [afterOne, afterTwo]) => {
    const result = walk({ noData }, [
      [0, "breach"],
      [5, "nodata"],
      [10, "nodata"],
    ]);
    expect(result.map(([, state]) => state)).toEqual(["firing", afterOne, afterTwo]);
  });

  it("never starts, fires or resolves on insufficient data", () => {
    expect(
      walk({ forMs: 10 * MIN }, [
        [0, "insufficient"],
        [5, "breach"],
        [10, "insufficient"],
        [15, "insufficient"],
        [20, "breach"],
        [25, "insufficient"],
        [30, "ok"],
      ]),
    ).toEqual([
      [0, "ok", null],
      [5, "pending", null],
      [10, "pending", null],
      [15, "pending", null],
      [20, "firing", "firing"],
      [25, "firing", null],
      [30, "resolved", "resolved"],
    ]);
  });

  it("records transitions with their time and value, and when the episode began", () => {
    const rule: AlertRule = { forMs: 5 * MIN, keepFiringForMs: 0, noData: "ok" };
    const a = nextAlertState(undefined, { status: "breach", value: 0.7 }, 0, rule);
    expect(a.transitions).toEqual([{ from: "ok", to: "pending", at: 0, value: 0.7 }]);
    const b = nextAlertState(a.state, { status: "breach", value: 0.6 }, 5 * MIN, rule);
    expect(b.transitions).toEqual([{ from: "pending", to: "firing", at: 5 * MIN, value: 0.6 }]);
    expect(b.state).toMatchObject({ activeAt: 0, firingSince: 5 * MIN, since: 5 * MIN, lastValue: 0.6 });
    const c = nextAlertState(b.state, { status: "ok", value: 0.9 }, 10 * MIN, rule);
    expect(c.state).toMatchObject({ state: "resolved", resolvedAt: 10 * MIN, activeAt: null });
  });
});
