import { describe, expect, it } from "vitest";
import { matchesSilence, type SilenceWindow, silenced } from "./silence-match.js";

const ALERT = {
  model: "churn",
  monitor: "mon_1",
  severity: "critical",
  labels: { team: "risk", version: "v2" },
};

describe("matchesSilence", () => {
  it.each([
    [{ model: "churn" }, true],
    [{ monitor: "mon_1" }, true],
    [{ severity: "critical" }, true],
    [{ team: "risk" }, true],
    [{ model: "churn", monitor: "mon_1", severity: "critical", team: "risk", version: "v2" }, true],
    [{ model: "fraud" }, false],
    [{ model: "churn", severity: "warning" }, false],
    [{ team: "Risk" }, false],
    [{ region: "eu" }, false],
    // An absent label reads as "", as in Alertmanager.
    [{ region: "" }, true],
    [{ team: "" }, false],
    // No matchers match nothing.
    [{}, false],
  ] as const)("%o → %s", (matchers, expected) => {
    expect(matchesSilence(ALERT, matchers)).toBe(expected);
  });

  it("matches on the alert's own fields, not on labels that shadow them", () => {
    const shadowed = { ...ALERT, labels: { model: "fraud", severity: "warning" } };
    expect(matchesSilence(shadowed, { model: "churn" })).toBe(true);
    expect(matchesSilence(shadowed, { model: "fraud" })).toBe(false);
    expect(matchesSilence(shadowed, { severity: "warning" })).toBe(false);
  });

  it("works on an alert without labels", () => {
    const bare = { model: "churn", monitor: "mon_1", severity: "warning" };
    expect(matchesSilence(bare, { monitor: "mon_1" })).toBe(true);
    expect(matchesSilence(bare, { team: "risk" })).toBe(false);
  });
});

describe("silenced", () => {
  const HOUR = 3_600_000;
  const window = (
    id: string,
    matchers: Record<string, string>,
    startsAt: number,
    endsAt: number,
  ): SilenceWindow => ({
    id,
    matchers,
    startsAt,
    endsAt,
  });

  it.each([
    ["before it starts", HOUR - 1, null],
    ["at its start", HOUR, "s1"],
    ["inside it", 2 * HOUR, "s1"],
    ["one ms before its end", 3 * HOUR - 1, "s1"],
    ["at its end", 3 * HOUR, null],
  ])("%s", (_, now, expected) => {
    expect(silenced(ALERT, [window("s1", { model: "churn" }, HOUR, 3 * HOUR)], now)).toBe(expected);
  });

  it("ignores silences that do not match, and answers null without silences", () => {
    const silences = [
      window("other", { model: "fraud" }, 0, HOUR),
      window("mine", { team: "risk" }, 0, HOUR),
    ];
    expect(silenced(ALERT, silences, 10)).toBe("mine");
    expect(silenced(ALERT, silences.slice(0, 1), 10)).toBeNull();
    expect(silenced(ALERT, [], 10)).toBeNull();
  });

  it("names the matching silence that ends last when several are active", () => {
    const silences = [
      window("short", { model: "churn" }, 0, HOUR),
      window("long", { monitor: "mon_1" }, 0, 5 * HOUR),
      window("later", { severity: "critical" }, 2 * HOUR, 9 * HOUR),
      window("wrong", { severity: "warning" }, 0, 10 * HOUR),
    ];
    expect(silenced(ALERT, silences, 30 * 60_000)).toBe("long");
    expect(silenced(ALERT, silences, 3 * HOUR)).toBe("later");
    expect(silenced(ALERT, silences, 6 * HOUR)).toBe("later");
    expect(silenced(ALERT, silences, 9 * HOUR)).toBeNull();
  });
});
