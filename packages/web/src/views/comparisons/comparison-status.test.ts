import { describe, expect, it } from "vitest";
import { comparisonPollMs, LIST_REFRESH_MS, listPollMs, POLL_MS } from "./comparison-status";

describe("polling", () => {
  it.each([
    ["pending", POLL_MS],
    ["done", false],
    ["failed", false],
    [undefined, false],
  ] as const)("one comparison %s → %s", (status, ms) => {
    expect(comparisonPollMs(status)).toBe(ms);
  });
  it.each([
    [["done", "pending"], POLL_MS],
    [["done", "failed"], LIST_REFRESH_MS],
    [[], LIST_REFRESH_MS],
    [undefined, LIST_REFRESH_MS],
  ] as const)("a list %j → %s", (statuses, ms) => {
    expect(listPollMs(statuses)).toBe(ms);
  });
});
