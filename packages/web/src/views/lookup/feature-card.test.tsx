// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { FeatureCard } from "./feature-card";
import { QualityFlags } from "./quality-flags";

afterEach(cleanup);

// Cards with a reference draw an ECharts canvas, which jsdom cannot host: their texts are tested in percentile-text.
describe("FeatureCard", () => {
  it("shows the value, its flags, and why there is no reference position", () => {
    render(
      <FeatureCard
        feature={{ name: "age", kind: "numerical", value: null, reference: null }}
        flags={[{ feature: "age", kind: "missing", message: "age is missing" }]}
        noReference="No reference uploaded."
      />,
    );
    const age = screen.getByRole("article", { name: "Feature age" }).textContent;
    expect(age).toContain("value missing");
    expect(age).toContain("No reference uploaded.");
    expect(screen.getByTitle("age is missing").textContent).toBe("missing");
  });
});

describe("QualityFlags", () => {
  it.each([
    [null, "does not report quality flags"],
    [[], "no quality flags"],
    [
      [{ feature: "age", kind: "missing" as const, message: "age is missing" }],
      "missing age: age is missing",
    ],
  ])("%j", (flags, text) => {
    const { container } = render(<QualityFlags flags={flags} />);
    expect(container.textContent).toContain(text);
  });
});
