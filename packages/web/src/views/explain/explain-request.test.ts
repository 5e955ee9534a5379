import { describe, expect, it } from "vitest";
import type { ResolvedWindow } from "../../state/view-state";
import { activeRequest, isOutdated } from "./explain-request";

const window: ResolvedWindow = { from: 0, to: 1000, interval: "5m", live: true };
const later: ResolvedWindow = { ...window, from: 30, to: 1030 };

describe("activeRequest", () => {
  it("runs logged attributions for the window on screen, whatever was asked before", () => {
    expect(
      activeRequest("logged", "previous", later, { method: "shap", baseline: "previous", window }),
    ).toEqual({
      method: "logged",
      baseline: "previous",
      window: later,
    });
  });

  it.each([
    ["nothing asked yet", null, null],
    ["another method asked", { method: "permutation", baseline: "reference", window }, null],
    ["another baseline asked", { method: "shap", baseline: "previous", window }, null],
  ] as const)("computed methods wait to be asked: %s", (_, asked, expected) => {
    expect(activeRequest("shap", "reference", later, asked)).toBe(expected);
  });

  it("keeps the asked window for a computed method while the live window moves on", () => {
    const asked = { method: "shap", baseline: "reference", window } as const;
    expect(activeRequest("shap", "reference", later, asked)).toBe(asked);
  });
});

describe("isOutdated", () => {
  it.each([
    [window, false],
    [later, true],
    [{ ...window, version: "v2" }, true],
    [{ ...window, segment: "channel:web" }, true],
    [{ ...window, interval: "1h" as const }, false],
  ])("%j → %s", (current, outdated) => {
    expect(isOutdated({ method: "shap", baseline: "reference", window }, current)).toBe(outdated);
  });
});
