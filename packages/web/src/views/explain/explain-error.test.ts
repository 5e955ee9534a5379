import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/api-error";
import { explainErrorText } from "./explain-error";

describe("explainErrorText", () => {
  it.each([
    [
      new ApiError(409, "TELLTALE_NO_ENDPOINT", "version 'v1' has no prediction endpoint"),
      "No prediction endpoint",
      "logged attributions",
    ],
    [
      new ApiError(504, "TELLTALE_ENDPOINT_TIMEOUT", "timed out after 30 s"),
      "The model's endpoint timed out",
      "Try again",
    ],
    [
      new ApiError(502, "TELLTALE_ENDPOINT_UNREACHABLE", "ECONNREFUSED"),
      "The model's endpoint failed",
      "Check that the endpoint",
    ],
    [
      new ApiError(502, "TELLTALE_ENDPOINT_BAD_RESPONSE", "not JSON"),
      "The model's endpoint failed",
      "Check that the endpoint",
    ],
    [new ApiError(409, "TELLTALE_NO_REFERENCE", "no reference"), "No reference", "previous window"],
    [new ApiError(504, "GATEWAY_TIMEOUT", "proxy gave up"), "The model's endpoint timed out", null],
    [
      new ApiError(422, "TELLTALE_UNPROCESSABLE", "no prediction in the window carries attributions"),
      "Nothing to show",
      "calls the model's endpoint",
    ],
    [new ApiError(422, "TELLTALE_UNPROCESSABLE", "the window holds no predictions"), "Nothing to show", null],
    [new ApiError(0, "NETWORK", "cannot reach"), "Could not load", "Check that the server is running."],
    [new ApiError(500, "X", "boom"), "Could not load", null],
    [new Error("odd"), "Could not load", null],
  ])("%s", (error, title, hint) => {
    const text = explainErrorText(error);
    expect(text.title).toBe(title);
    expect(text.message).toBe(error.message);
    if (hint === null) expect(text.hint).toBeNull();
    else expect(text.hint).toContain(hint);
  });
});
