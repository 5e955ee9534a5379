import { describe, expect, it } from "vitest";
import { actionDecision, rollbackTarget } from "./action-decision.js";
import type { ActionDefinition, ActionRun } from "./action-spec.js";

const rollback: ActionDefinition = {
  type: "rollback",
  alias: "champion",
  to: "previous",
  cooldown: "1h",
  dryRun: false,
};
const run = (alertId: string, at: number, status: ActionRun["status"] = "done"): ActionRun => ({
  id: `run_${at}`,
  actionId: "act_1",
  alertId,
  monitorId: "mon_1",
  at,
  status,
  detail: "",
});

describe("actionDecision", () => {
  it("runs once per alert and not within the cooldown of a run that did something", () => {
    expect(actionDecision(rollback, [], "alr_1", 0)).toEqual({ run: true });
    expect(actionDecision(rollback, [run("alr_1", 0, "failed")], "alr_1", 10 * 3_600_000)).toMatchObject({
      run: false,
      reason: "already ran for this alert",
    });
    expect(actionDecision(rollback, [run("alr_1", 0)], "alr_2", 59 * 60_000)).toMatchObject({ run: false });
    expect(actionDecision(rollback, [run("alr_1", 0)], "alr_2", 60 * 60_000)).toEqual({ run: true });
    // A failed or skipped run does not start a cooldown.
    expect(
      actionDecision(rollback, [run("alr_1", 0, "failed"), run("alr_1", 1, "skipped")], "alr_2", 2),
    ).toEqual({
      run: true,
    });
  });
});

describe("rollbackTarget", () => {
  const history = [
    { action: "set", version: "v3", previous: "v2" },
    { action: "set", version: "v2", previous: "v1" },
    { action: "set", version: "v1", previous: null },
  ];
  it("takes the version before the alias's current one, or the one given", () => {
    expect(rollbackTarget("previous", "v3", history)).toEqual({ version: "v2" });
    expect(rollbackTarget("v1", "v3", history)).toEqual({ version: "v1" });
    expect(rollbackTarget("previous", "v1", history)).toMatchObject({
      error: expect.stringMatching(/no version before/),
    });
    expect(rollbackTarget("previous", undefined, history)).toMatchObject({ error: expect.any(String) });
  });
});
