import { describe, expect, it } from "vitest";
import { parseAdultCsv } from "./parse-adult-csv.js";

const HEADER =
  "age,workclass,fnlwgt,education,education-num,marital-status,occupation,relationship,race,sex,capital-gain,capital-loss,hours-per-week,native-country,income-per-year";

describe("parseAdultCsv", () => {
  it("reads the training CSV with its header and `?` as null", () => {
    const text = `${HEADER}\n54,?,180211,Some-college,10,Married-civ-spouse,?,Husband,Asian-Pac-Islander,Male,0,0,60,South,>50K\n`;
    expect(parseAdultCsv(text)).toEqual([
      {
        age: 54,
        workclass: null,
        fnlwgt: 180211,
        education: "Some-college",
        "education-num": 10,
        "marital-status": "Married-civ-spouse",
        occupation: null,
        relationship: "Husband",
        race: "Asian-Pac-Islander",
        sex: "Male",
        "capital-gain": 0,
        "capital-loss": 0,
        "hours-per-week": 60,
        "native-country": "South",
        income: ">50K",
      },
    ]);
  });

  it("reads UCI's adult.test: banner line, no header, padded values, labels with a trailing dot", () => {
    const text =
      "|1x3 Cross validator\n25, Private, 226802, 11th, 7, Never-married, Machine-op-inspct, Own-child, Black, Male, 0, 0, 40, United-States, <=50K.\r\n" +
      "35, Self-emp-inc, 182148, Bachelors, 13, Married-civ-spouse, Exec-managerial, Husband, White, Male, 0, 0, 60, ?, >50K.\n\n";
    const records = parseAdultCsv(text);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      age: 25,
      workclass: "Private",
      "native-country": "United-States",
      income: "<=50K",
    });
    expect(records[1]).toMatchObject({ "hours-per-week": 60, "native-country": null, income: ">50K" });
  });

  it.each([
    ["a short line", "25, Private, 226802\n", /line 1: 3 fields, expected 15/],
    [
      "an unknown income",
      "25,Private,1,11th,7,Never-married,Sales,Own-child,Black,Male,0,0,40,United-States,maybe\n",
      /line 1: income is "maybe"/,
    ],
    [
      "a number that is not one",
      "x,Private,1,11th,7,Never-married,Sales,Own-child,Black,Male,0,0,40,United-States,>50K\n",
      /line 1: age is "x", expected a number/,
    ],
  ])("throws on %s, naming the line", (_, text, message) => {
    expect(() => parseAdultCsv(text)).toThrow(message);
  });
});
