import type { paths } from "@users-api/types";
import type { Client } from "openapi-fetch";

/** One API operation as `users.*` asks for it. */
export interface Operation {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The spec's path template, e.g. `/api/v2/users/{userId}`. */
  path: string;
  pathParams?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
  signal?: AbortSignal | undefined;
}

/** The response and its body: parsed JSON, the text when it is not JSON, or undefined. */
export interface Outcome {
  response: Response;
  payload: unknown;
}

export type Requester = (operation: Operation) => Promise<Outcome>;

type LooseRequest = (
  method: string,
  path: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * The thin adapter of `users.*` to `client.request`: every call goes through openapi-fetch, its
 * middleware (and `validateResponses`) included.
 */
export function viaClient(client: Client<paths>): Requester {
  const request = client.request as unknown as LooseRequest;
  return async ({ method, path, pathParams, query, body, signal }) => {
    // openapi-fetch leaves out what is undefined (no body: no content-type either).
    const init = { params: { path: pathParams, query }, body, signal };
    const { data, error, response } = await request(method, path, init);
    return { response, payload: response.ok ? data : error };
  };
}
