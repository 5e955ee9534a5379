// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError } from "../../api/api-error";
import { ExplainLoadable } from "./explain-loadable";

afterEach(cleanup);

const query = (data: string | undefined, error: unknown) => ({ data, error, refetch: () => undefined });

describe("ExplainLoadable", () => {
  it.each([
    [
      "a version without an endpoint: the server's message and what to do",
      query(undefined, new ApiError(409, "TELLTALE_NO_ENDPOINT", "version 'v1' has no prediction endpoint")),
      ["No prediction endpoint", "version 'v1' has no prediction endpoint", "Choose logged attributions"],
    ],
    [
      "the endpoint timing out",
      query(undefined, new ApiError(504, "TELLTALE_ENDPOINT_TIMEOUT", "no answer in 30 s")),
      ["timed out", "no answer in 30 s", "Try again"],
    ],
    ["computing", query(undefined, null), ["computing with the model's endpoint…"]],
    ["data", query("the content", null), ["the content"]],
    ["empty data", query("", null), ["nothing here"]],
  ])("%s", (_, q, texts) => {
    const { container } = render(
      <ExplainLoadable
        query={q}
        loading="computing with the model's endpoint"
        isEmpty={(d) => d === ""}
        empty="nothing here"
      >
        {(d) => <p>{d}</p>}
      </ExplainLoadable>,
    );
    for (const text of texts) expect(container.textContent).toContain(text);
  });
});
