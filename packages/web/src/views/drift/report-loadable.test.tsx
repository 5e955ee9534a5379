// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError } from "../../api/api-error";
import { ReportLoadable } from "./report-loadable";

afterEach(cleanup);

const query = (data: string | undefined, error: unknown) => ({ data, error, refetch: () => undefined });

describe("ReportLoadable", () => {
  it.each([
    [
      "a version without a reference: what to upload",
      query(undefined, new ApiError(409, "TELLTALE_NO_REFERENCE", "none", { model: "m", version: "v2" })),
      "upload a reference for version v2",
    ],
    [
      "an empty window",
      query(undefined, new ApiError(422, "TELLTALE_UNPROCESSABLE", "no predictions")),
      "No predictions in this window",
    ],
    ["another failure, with the server's message", query(undefined, new ApiError(500, "X", "boom")), "boom"],
    ["loading", query(undefined, null), "Loading"],
    ["data", query("the content", null), "the content"],
  ])("%s", (_, q, text) => {
    const { container } = render(
      <ReportLoadable model="m" query={q}>
        {(d) => <p>{d}</p>}
      </ReportLoadable>,
    );
    expect(container.textContent).toContain(text);
  });
});
