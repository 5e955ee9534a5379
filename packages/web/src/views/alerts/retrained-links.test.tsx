// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import type { Alert } from "./alert-types";
import { RetrainedLinks } from "./retrained-links";

afterEach(cleanup);

const alert = (comparisons: Alert["comparisons"]): Alert => ({
  id: "a1",
  model: "adult income",
  monitorId: "m1",
  fingerprint: "f",
  state: "firing",
  startedAt: "2026-11-20T00:00:00.000Z",
  firingAt: "2026-11-20T00:05:00.000Z",
  resolvedAt: null,
  value: 0.7,
  reason: "accuracy below 0.8",
  silencedBy: null,
  timeline: [],
  ...(comparisons !== undefined ? { comparisons } : {}),
});

describe("RetrainedLinks", () => {
  it("links each comparison the alert's retraining led to", () => {
    render(
      <MemoryRouter>
        <RetrainedLinks
          alert={alert([
            { id: "c1", candidate: "v3", baseline: "v1", status: "done" },
            { id: "c2", candidate: "v4", baseline: "v1", status: "pending" },
          ])}
        />
      </MemoryRouter>,
    );
    const links = screen.getAllByRole("link");
    expect(links.map((l) => [l.textContent, l.getAttribute("href")])).toEqual([
      ["Retrained: v3 vs v1 (done)", "/models/adult%20income/comparisons/c1"],
      ["Retrained: v4 vs v1 (pending)", "/models/adult%20income/comparisons/c2"],
    ]);
  });

  it.each([
    ["no comparisons", []],
    ["a server before the feedback loop", undefined],
  ] as const)("shows nothing with %s", (_, comparisons) => {
    render(
      <MemoryRouter>
        <RetrainedLinks alert={alert(comparisons)} />
      </MemoryRouter>,
    );
    expect(screen.queryByTestId("alert-retrained")).toBeNull();
  });
});
