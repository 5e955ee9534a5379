import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { type ApiClient, createApiClient } from "../api/api-client";

const STORAGE_KEY = "telltale.apiKey";

interface Auth {
  readonly api: ApiClient | null;
  signIn(key: string): void;
  signOut(): void;
}

const AuthContext = createContext<Auth | null>(null);

/** Reads sessionStorage without failing where storage is blocked (private modes, sandboxed frames). */
function storedKey(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The API key lives for the browser session only: closing the tab signs out, as a shared screen expects. */
export function AuthProvider({ children }: { readonly children: ReactNode }) {
  const [key, setKey] = useState<string | null>(storedKey);
  const signOut = useCallback(() => {
    try {
      sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // storage blocked: the in-memory key is all there is
    }
    setKey(null);
  }, []);
  const signIn = useCallback((next: string) => {
    try {
      sessionStorage.setItem(STORAGE_KEY, next);
    } catch {
      // storage blocked: keep the key in memory for this page
    }
    setKey(next);
  }, []);
  const api = useMemo(() => (key === null ? null : createApiClient(key, signOut)), [key, signOut]);
  const value = useMemo(() => ({ api, signIn, signOut }), [api, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (auth === null) throw new Error("useAuth outside AuthProvider");
  return auth;
}

/** The signed-in API client; views render only inside the signed-in shell, so it is always there. */
export function useApi(): ApiClient {
  const { api } = useAuth();
  if (api === null) throw new Error("useApi before sign-in");
  return api;
}
