import { describe, expect, it } from "vitest";
import { alertFingerprint, labelSetFingerprint } from "./fingerprint.js";

describe("labelSetFingerprint", () => {
  // Expected values from Python: sha256(b"".join(k + b"\xff" + v + b"\xff" for sorted non-empty labels))[:16].
  it.each([
    [{ model: "churn", monitor: "mon_1", version: "v2" }, "e2e898af6f26e0c0"],
    [{ team: "risk", segment: "EU", version: "v2", monitor: "mon_1", model: "churn" }, "e7c87789b2656c01"],
    [{}, "e3b0c44298fc1c14"],
  ])("%o → %s", (labels, expected) => {
    expect(labelSetFingerprint(labels)).toBe(expected);
  });

  it("does not depend on the order the labels were written in", () => {
    expect(labelSetFingerprint({ a: "1", b: "2", c: "3" })).toBe(
      labelSetFingerprint({ c: "3", a: "1", b: "2" }),
    );
  });

  it("treats an empty value as an absent label", () => {
    expect(labelSetFingerprint({ a: "1", b: "" })).toBe(labelSetFingerprint({ a: "1" }));
  });

  it.each([
    [{ ab: "c" }, { a: "bc" }],
    [
      { a: "1", b: "2" },
      { a: "2", b: "1" },
    ],
    [{ a: "x" }, { a: "X" }],
  ])("tells %o from %o", (left, right) => {
    expect(labelSetFingerprint(left)).not.toBe(labelSetFingerprint(right));
  });
});

describe("alertFingerprint", () => {
  const base = { model: "churn", monitor: "mon_1", version: "v2", segment: "EU", labels: { team: "risk" } };

  it("is 16 hex digits of the full label set, whatever the labels' order", () => {
    const fp = alertFingerprint(base);
    expect(fp).toBe("e7c87789b2656c01");
    expect(alertFingerprint({ ...base, labels: { tier: "1", team: "risk" } })).toBe(
      alertFingerprint({ ...base, labels: { team: "risk", tier: "1" } }),
    );
  });

  it("treats a missing version or segment like an absent label", () => {
    const bare = { model: "churn", monitor: "mon_1" };
    expect(alertFingerprint(bare)).toBe(alertFingerprint({ ...bare, version: null, segment: "" }));
    expect(alertFingerprint({ ...bare, version: "v2" })).toBe("e2e898af6f26e0c0");
  });

  it.each([
    ["model", { model: "fraud" }],
    ["monitor", { monitor: "mon_2" }],
    ["version", { version: "v3" }],
    ["segment", { segment: "US" }],
    ["a label", { labels: { team: "growth" } }],
    ["an extra label", { labels: { team: "risk", tier: "1" } }],
  ])("changes with the %s", (_, change) => {
    expect(alertFingerprint({ ...base, ...change })).not.toBe(alertFingerprint(base));
  });

  it("lets the identifying fields win over labels of the same name", () => {
    expect(alertFingerprint({ ...base, labels: { team: "risk", model: "other", monitor: "x" } })).toBe(
      alertFingerprint(base),
    );
  });
});
