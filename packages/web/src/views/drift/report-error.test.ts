import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/api-error";
import { reportGap, reportGapText } from "./report-error";

describe("reportGap", () => {
  it.each([
    [
      "a version without a reference",
      new ApiError(409, "TELLTALE_NO_REFERENCE", "no reference", { model: "m", version: "v2" }),
      { kind: "no-reference", version: "v2" },
    ],
    [
      "a model without any reference",
      new ApiError(409, "TELLTALE_NO_REFERENCE", "no reference", { model: "m" }),
      { kind: "no-reference", version: null },
    ],
    ["an empty window", new ApiError(422, "TELLTALE_UNPROCESSABLE", "no predictions"), { kind: "no-rows" }],
    ["a real failure", new ApiError(500, "HTTP_ERROR", "boom"), null],
    ["not an API error", new Error("boom"), null],
  ])("%s", (_, error, gap) => {
    expect(reportGap(error)).toEqual(gap);
  });

  it("tells what to upload, and where", () => {
    expect(reportGapText({ kind: "no-reference", version: "v2" }, "adult income")).toBe(
      "Version v2 has no reference: upload a reference for version v2 (PUT /api/v1/models/adult%20income/versions/v2/reference) to compare against.",
    );
  });
});
