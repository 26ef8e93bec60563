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

type LooseMethods = Record<Operation["method"], (path: string, init: object) => Promise<Outcome>>;

/**
 * The thin adapter of `users.*` to openapi-fetch's `GET`, `PATCH`, ...: every call goes through
 * openapi-fetch, its middleware (and `validateResponses`) included.
 */
export function viaClient(client: Client<paths>): Requester {
  // openapi-fetch leaves out what is undefined (no body: no content-type either). Its `GET`,
  // `PATCH`, ... rather than `request(method)`, which upper-cases the method on every call.
  // openapi-fetch copies an option a Request does not have onto the request: `unsignalled`
  // tells the client's fetch that this request's signal can never abort.
  return ({ method, path, pathParams, query, body, signal }) =>
    (client as unknown as LooseMethods)[method](path, {
      params: { path: pathParams, query },
      body,
      signal,
      unsignalled: !signal,
    });
}
