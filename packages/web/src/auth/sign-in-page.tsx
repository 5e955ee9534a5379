import { type FormEvent, useState } from "react";
import { createApiClient } from "../api/api-client";
import { ApiError } from "../api/api-error";
import { useAuth } from "./auth-context";

/** Checks the key against the API before keeping it, so a typo is caught here and not on every panel. */
export function SignInPage() {
  const { signIn } = useAuth();
  const [key, setKey] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = key.trim();
    if (trimmed === "") {
      setError("Enter an API key.");
      return;
    }
    setChecking(true);
    setError(null);
    try {
      await createApiClient(trimmed, () => undefined).get("/api/v1/models");
      signIn(trimmed);
    } catch (caught) {
      const e = caught as ApiError;
      setError(
        e instanceof ApiError && e.status === 401
          ? "That key is not valid."
          : e instanceof ApiError && e.status === 403
            ? "That key can only ingest; the dashboard needs an admin key."
            : e.message,
      );
    } finally {
      setChecking(false);
    }
  };

  return (
    <main className="sign-in">
      <form onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Telltale</h1>
        <p>
          Sign in with an admin API key. `telltale demo` prints one; `telltale serve` reads it from
          TELLTALE_ADMIN_KEY.
        </p>
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key"
          name="api-key"
          type="password"
          autoComplete="current-password"
          value={key}
          onChange={(e) => setKey(e.target.value)}
        />
        {error !== null && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        <button type="submit" disabled={checking}>
          {checking ? "Checking…" : "Sign in"}
        </button>
      </form>
    </main>
  );
}
