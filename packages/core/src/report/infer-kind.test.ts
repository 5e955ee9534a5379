import { describe, expect, it } from "vitest";
import { inferColumnKind } from "./infer-kind.js";

describe("inferColumnKind", () => {
  it.each([
    ["float", 2, 100, "numerical"],
    ["integer", 10, 100, "categorical"],
    ["integer", 11, 100, "numerical"],
    ["boolean", 2, 100, "categorical"],
    ["string", 50, 100, "categorical"],
    ["string", 51, 100, "text"],
    ["string", 0, 0, "categorical"],
  ] as const)("%s with %i distinct of %i values is %s", (source, distinct, rows, kind) => {
    expect(inferColumnKind(source, distinct, rows)).toBe(kind);
  });
});
