import { ApiError } from "../../api/api-error";

export interface ExplainErrorText {
  readonly title: string;
  readonly message: string;
  /** What to do about it, when there is something to do. */
  readonly hint: string | null;
}

/**
 * An explain or slices failure in words: the model's endpoint missing, failing or slow is the user's model, not
 * Telltale, and each says what to try instead; the server's own message is always shown.
 */
export function explainErrorText(error: unknown): ExplainErrorText {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof ApiError)) return { title: "Could not load", message, hint: null };
  switch (error.code) {
    case "TELLTALE_NO_ENDPOINT":
      return {
        title: "No prediction endpoint",
        message,
        hint: "Choose logged attributions, or register the version's endpoint and compute again.",
      };
    case "TELLTALE_ENDPOINT_TIMEOUT":
      return {
        title: "The model's endpoint timed out",
        message,
        hint: "Try again, pick a shorter window, or use logged attributions.",
      };
    case "TELLTALE_ENDPOINT_UNREACHABLE":
    case "TELLTALE_ENDPOINT_BAD_RESPONSE":
      return {
        title: "The model's endpoint failed",
        message,
        hint: 'Check that the endpoint is up and answers {"predictions": […]} for {"instances": […]}.',
      };
    case "TELLTALE_NO_REFERENCE":
      return {
        title: "No reference",
        message,
        hint: "Upload a reference for the version, or compare with the previous window.",
      };
  }
  if (error.status === 504) return { title: "The model's endpoint timed out", message, hint: null };
  if (error.status === 502) return { title: "The model's endpoint failed", message, hint: null };
  if (error.status === 422 || error.status === 409) {
    // Logged importance on a window whose predictions carry no attributions: the other methods still work.
    const hint = /attribution/i.test(message)
      ? "Choose a method that calls the model's endpoint under “Importance from”."
      : null;
    return { title: "Nothing to show", message, hint };
  }
  if (error.status === 0)
    return { title: "Could not load", message, hint: "Check that the server is running." };
  return { title: "Could not load", message, hint: null };
}
