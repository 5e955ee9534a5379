import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import { seededRandom } from "../stats/seeded-random.js";
import { evaluateExpression, expressionNames, MAX_EXPRESSION_LENGTH, parseExpression } from "./expression.js";

const NAMES = ["tp", "fp", "tn", "fn", "count", "labelled", "score.sum"];
const VALUES = { tp: 30, fp: 10, tn: 50, fn: 10, count: 120, labelled: 100, "score.sum": 42.5 };
const value = (text: string, values: Record<string, number | null> = VALUES) =>
  evaluateExpression(parseExpression(text, NAMES), values);

describe("the business-metric expression language", () => {
  it.each<[string, number | null]>([
    ["50 * fn + 2 * fp", 520],
    ["2 + 3 * 4", 14],
    ["(2 + 3) * 4", 20],
    ["10 - 4 - 3", 3],
    ["24 / 4 / 2", 3],
    ["-2 * 3", -6],
    ["2 * -3", -6],
    ["- (tp + fp)", -40],
    ["tp / (tp + fp)", 0.75],
    ["1.5e2 + .5", 150.5],
    ["tp > fp", 1],
    ["tp <= fp * 3", 1],
    ["tp + 1 <= fp * 3", 0],
    ["tp == 30", 1],
    ["fp != 10", 0],
    ["min(tp, fp, 5)", 5],
    ["max(tp, fp) - min(fn, 1)", 29],
    ["abs(fp - tp)", 20],
    ["if(tp > 20, 1, 2)", 1],
    ["if(labelled, tp / labelled, 0)", 0.3],
    ["score.sum / count", 42.5 / 120],
    ["tp / 0", null],
    ["tp / (fp - 10)", null],
    ["1e308 * 10", null],
    ["if(tp > 1, 5, tp / 0)", 5],
  ])("%s = %s", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it("propagates null: a quantity undefined on the rows makes the metric null", () => {
    expect(value("tp + fp", { ...VALUES, fp: null })).toBeNull();
    expect(value("max(tp, fp)", { ...VALUES, fp: null })).toBeNull();
    expect(value("if(fp > 0, 1, 2)", { ...VALUES, fp: null })).toBeNull();
  });

  it.each<[string, RegExp, number]>([
    ["50 * fnn + 2 * fp", /unknown name \(names: tp, fp, .*\) \('fnn' at 5\)/, 5],
    ["tp +", /the expression ends too early/, 4],
    ["tp + * fp", /expected a number, a name or '\(' \('\*' at 5\)/, 5],
    ["(tp + fp", /expected '\)'/, 8],
    ["tp fp", /unexpected token \('fp' at 3\)/, 3],
    ["tp ; fp", /unexpected character \(';' at 3\)/, 3],
    ["eval(tp)", /unknown function \(functions: min, max, abs, if\) \('eval' at 0\)/, 0],
    ["constructor", /unknown name/, 0],
    ["__proto__ + 1", /unknown name/, 0],
    ["abs(tp, fp)", /abs takes 1 arguments, not 2/, 0],
    ["if(tp, fp)", /if takes 3 arguments, not 2/, 0],
    ["1 < 2 < 3", /comparisons do not chain/, 6],
    ["", /the expression is empty/, 0],
    ["   ", /the expression is empty/, 3],
  ])("refuses %j, pointing at the offending token", (text, message, position) => {
    let error: unknown;
    try {
      parseExpression(text, NAMES);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("TELLTALE_BAD_EXPRESSION");
    expect((error as InputError).message).toMatch(message);
    expect((error as InputError).details.position).toBe(position);
  });

  it("lists the names an expression reads, and reads names it was not told of as null", () => {
    expect(expressionNames(parseExpression("fn * 50 + fp * 2 + fn"))).toEqual(["fn", "fp"]);
    expect(evaluateExpression(parseExpression("toString + 1"), {})).toBeNull();
    expect(evaluateExpression(parseExpression("constructor"), {})).toBeNull();
  });

  it("refuses over-long and over-deep input before doing any work", () => {
    expect(() => parseExpression("1+".repeat(MAX_EXPRESSION_LENGTH))).toThrow(/longer than 1000 characters/);
    expect(() => parseExpression(`${"(".repeat(200)}1${")".repeat(200)}`)).toThrow(/nested deeper than 40/);
    expect(() => parseExpression(`${"-".repeat(300)}1`)).toThrow(/nested deeper than 40/);
  });

  it("fuzz: random input never escapes, hangs or gives a non-finite value", () => {
    const random = seededRandom(7);
    const pieces = [
      ...NAMES,
      "1",
      "0",
      "2.5",
      "1e308",
      "+",
      "-",
      "*",
      "/",
      "<",
      "==",
      "(",
      ")",
      ",",
      "min",
      "max",
      "abs",
      "if",
      " ",
      "x",
      ";",
      "`",
      "'",
      "$",
      "[",
      "]",
      "{",
      "}",
      "=>",
      "this",
      "process",
    ];
    let parsed = 0;
    for (let k = 0; k < 20_000; k++) {
      const length = 1 + Math.floor(random() * 14);
      let text = "";
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)]!;
      let tree: ReturnType<typeof parseExpression>;
      try {
        tree = parseExpression(text, NAMES);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        continue;
      }
      parsed++;
      const v = evaluateExpression(tree, VALUES);
      expect(v === null || Number.isFinite(v)).toBe(true);
    }
    // Enough of them parse for evaluation to be exercised too; parsing is linear in the length, so none can hang.
    expect(parsed).toBeGreaterThan(200);
  });
});
