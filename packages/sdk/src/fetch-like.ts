/**
 * The slice of WHATWG `fetch` the SDK calls, typed structurally so the published types need neither the DOM lib
 * nor @types/node; the global `fetch` of Node 20 and of browsers fits it.
 */
export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponse>;

export interface FetchInit {
  readonly method: "POST";
  readonly headers: Record<string, string>;
  readonly body: string;
  readonly signal: AbortSignal;
}

export interface FetchResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}
