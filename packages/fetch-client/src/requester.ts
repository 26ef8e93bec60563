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

/** What openapi-fetch answers: the response and its parsed body (`data` or `error`). */
export interface Outcome {
  response: Response;
  data?: unknown;
  error?: unknown;
}

export type Requester = (operation: Operation) => Promise<Outcome>;

type LooseRequest = (
  method: string,
  path: string,
  init: Record<string, unknown>,
) => Promise<Outcome>;

/**
 * The thin adapter of `users.*` to `client.request`: every call goes through openapi-fetch, its
 * middleware (and `validateResponses`) included.
 */
export function viaClient(client: Client<paths>): Requester {
  const request = client.request as unknown as LooseRequest;
  // openapi-fetch leaves out what is undefined (no body: no content-type either).
  return ({ method, path, pathParams, query, body, signal }) =>
    request(method, path, { params: { path: pathParams, query }, body, signal });
}
