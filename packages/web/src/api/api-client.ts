import { ApiError, toApiError } from "./api-error";

export type QueryValue = string | number | boolean | undefined | null;

/** `path?a=1&b=2`, leaving out undefined and null values. */
export function withQuery(path: string, query: Readonly<Record<string, QueryValue>> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(name, String(value));
  }
  const text = params.toString();
  return text === "" ? path : `${path}?${text}`;
}

export interface ApiClient {
  get<T>(path: string, query?: Readonly<Record<string, QueryValue>>): Promise<T>;
  send<T>(method: "POST" | "PUT" | "PATCH" | "DELETE", path: string, body?: unknown): Promise<T>;
  /** A non-JSON answer (an HTML report) as a Blob, for downloads that need the bearer token. */
  blob(path: string, query?: Readonly<Record<string, QueryValue>>): Promise<Blob>;
  readonly key: string;
}

/** A fetch wrapper that sends the key as a bearer token; a 401 calls `onUnauthorized` (sign-out) and throws. */
export function createApiClient(key: string, onUnauthorized: () => void, base = ""): ApiClient {
  const call = async (method: string, path: string, body?: unknown): Promise<Response> => {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${key}`,
          ...(body !== undefined ? { "content-type": "application/json" } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch (error) {
      throw new ApiError(0, "NETWORK", `cannot reach the Telltale server (${(error as Error).message})`);
    }
    if (response.status === 401) onUnauthorized();
    if (!response.ok) throw await toApiError(response);
    return response;
  };
  const json = async <T>(response: Response): Promise<T> =>
    response.status === 204 ? (undefined as T) : ((await response.json()) as T);
  return {
    key,
    get: async (path, query) => json(await call("GET", withQuery(path, query))),
    send: async (method, path, body) => json(await call(method, path, body)),
    blob: async (path, query) => (await call("GET", withQuery(path, query))).blob(),
  };
}
