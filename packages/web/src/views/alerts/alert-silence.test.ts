import { describe, expect, it } from "vitest";
import { matchesSilence, silenceBody, silenceOf } from "./alert-silence";
import type { Alert, Silence } from "./alert-types";

const NOW = Date.parse("2026-11-28T12:00:00.000Z");
const labels = { model: "adult-income", monitor: "mon_1", severity: "critical", labels: { team: "risk" } };

const silence = (
  id: string,
  matchers: Record<string, string>,
  endsAt: string,
  state: Silence["state"] = "active",
): Silence => ({
  id,
  matchers,
  startsAt: "2026-11-28T11:00:00.000Z",
  endsAt,
  comment: "deploy",
  state,
});

const alert = (patch: Partial<Alert> = {}): Alert => ({
  id: "al_1",
  model: "adult-income",
  monitorId: "mon_1",
  fingerprint: "f",
  state: "firing",
  startedAt: "2026-11-28T10:00:00.000Z",
  firingAt: "2026-11-28T10:05:00.000Z",
  resolvedAt: null,
  value: 0.6,
  reason: "accuracy 0.6 < 0.75",
  silencedBy: null,
  timeline: [],
  ...patch,
});

describe("matchesSilence", () => {
  it.each([
    [{ model: "adult-income", monitor: "mon_1" }, true],
    [{ team: "risk", severity: "critical" }, true],
    [{ model: "other" }, false],
    [{ segment: "" }, true],
    [{ segment: "channel:web" }, false],
    [{}, false],
  ])("%j → %s", (matchers, matches) => {
    expect(matchesSilence(labels, matchers)).toBe(matches);
  });
});

describe("silenceOf", () => {
  const later = silence("sil_2", { model: "adult-income" }, "2026-11-28T20:00:00.000Z");
  const sooner = silence("sil_1", { monitor: "mon_1" }, "2026-11-28T14:00:00.000Z");
  it("picks the matching active silence that ends last", () => {
    expect(silenceOf(alert(), labels, [sooner, later], NOW)?.id).toBe("sil_2");
  });
  it("ignores silences that ended, have not started or do not match", () => {
    const ended = silence("sil_3", { monitor: "mon_1" }, "2026-11-28T11:30:00.000Z", "expired");
    const other = silence("sil_4", { monitor: "mon_2" }, "2026-11-29T00:00:00.000Z");
    const future = {
      ...silence("sil_5", { monitor: "mon_1" }, "2026-11-29T00:00:00.000Z", "pending"),
      startsAt: "2026-11-28T13:00:00.000Z",
    };
    expect(silenceOf(alert(), labels, [ended, other, future], NOW)).toBeNull();
  });
  it("takes the server's word that a silence has started, though the clock here lags", () => {
    const fresh = { ...sooner, startsAt: "2026-11-28T12:00:20.000Z" };
    expect(silenceOf(alert(), labels, [fresh], NOW)?.id).toBe("sil_1");
  });
  it("trusts the server's silencedBy, and does not mark a resolved alert by matching", () => {
    expect(silenceOf(alert({ silencedBy: "sil_1" }), labels, [sooner, later], NOW)?.id).toBe("sil_1");
    expect(silenceOf(alert({ state: "resolved" }), labels, [later], NOW)).toBeNull();
  });
});

describe("silenceBody", () => {
  it("matches the alert's model and monitor until now + the duration", () => {
    expect(silenceBody(alert(), 7_200_000, "  looking into it ", NOW)).toEqual({
      matchers: { model: "adult-income", monitor: "mon_1" },
      endsAt: "2026-11-28T14:00:00.000Z",
      comment: "looking into it",
    });
  });
});
