import { describe, expect, it } from "vitest";
import { fairnessHref } from "./fairness-link";

describe("fairness link", () => {
  it.each([
    [
      "range=30d&metrics=recall&feature=age",
      "sex",
      "/models/adult%20income/fairness?range=30d&attribute=sex",
    ],
    [
      "from=2026-11-01T00%3A00%3A00.000Z&to=2026-11-02T00%3A00%3A00.000Z&version=champion&segment=channel%3Aweb",
      "race",
      "/models/adult%20income/fairness?from=2026-11-01T00%3A00%3A00.000Z&to=2026-11-02T00%3A00%3A00.000Z&version=champion&segment=channel%3Aweb&attribute=race",
    ],
  ])("keeps the window of %s", (search, attribute, expected) => {
    expect(fairnessHref("adult income", new URLSearchParams(search), attribute)).toBe(expected);
  });
});
