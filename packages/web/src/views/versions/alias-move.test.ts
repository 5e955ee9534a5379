import { describe, expect, it } from "vitest";
import { aliasNameProblem, describeMove } from "./alias-move";

describe("aliasNameProblem", () => {
  it.each([
    ["canary", null],
    ["shadow_2", null],
    ["", "Name the alias."],
    ["Canary", "starts with a lower-case letter"],
    ["2nd", "starts with a lower-case letter"],
    ["a b", "starts with a lower-case letter"],
    [`a${"b".repeat(64)}`, "at most 64"],
  ])("%j", (name, problem) => {
    const found = aliasNameProblem(name);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});

describe("describeMove", () => {
  const aliases = [
    { alias: "champion", version: "v1", updatedAt: "2026-11-01T00:00:00.000Z", updatedBy: "k" },
  ];
  it.each([
    ["canary", "v2", "create", "Create the alias canary pointing at v2."],
    ["champion", "v1", "unchanged", "champion already points at v1."],
    ["champion", "v2", "move", "Move champion from v1 to v2"],
  ] as const)("%s → %s is a %s", (alias, version, kind, text) => {
    const move = describeMove(aliases, alias, version);
    expect(move.kind).toBe(kind);
    expect(move.text).toContain(text);
  });
});
