import type { paths } from "@users-api/types";
import type { Client } from "openapi-fetch";
import type { Transport } from "./transport.js";

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

/** Through openapi-fetch, so that its middleware (and `validateResponses`) sees the call. */
export function viaClient(client: Client<paths>): Requester {
  const request = client.request as unknown as LooseRequest;
  return async ({ method, path, pathParams, query, body, signal }) => {
    const params: Record<string, unknown> = {};
    if (pathParams) params.path = pathParams;
    if (query) params.query = query;
    const init: Record<string, unknown> = { params };
    if (body !== undefined) init.body = body;
    if (signal) init.signal = signal;
    const { data, error, response } = await request(method, path, init);
    return { response, payload: response.ok ? data : error };
  };
}

/**
 * The query string exactly as the client's openapi-fetch serializer writes it: undefined and
 * empty arrays left out, arrays comma-joined (`expand=a,b`), values percent-encoded.
 */
export function serializeQuery(query: Record<string, unknown> | undefined): string {
  const parts: string[] = [];
  for (const name in query) {
    const value = query[name];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length) parts.push(`${name}=${value.map(encodeURIComponent).join(",")}`);
    } else {
      parts.push(`${name}=${encodeURIComponent(value as string)}`);
    }
  }
  return parts.join("&");
}

/** Straight through the transport: the same auth, retries and timeout, less per-call work. */
export function direct(
  transport: Transport,
  baseUrl: string,
  defaultHeaders: Record<string, string>,
): Requester {
  const decoder = new TextDecoder();
  return async ({ method, path, pathParams = {}, query, body, signal }) => {
    let url =
      baseUrl +
      path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(pathParams[name] ?? ""));
    const search = serializeQuery(query);
    if (search) url += `?${search}`;
    const headers = { ...defaultHeaders };
    let json: string | undefined;
    if (body !== undefined) {
      headers["content-type"] ??= "application/json"; // a default header wins, as in openapi-fetch
      json = JSON.stringify(body);
    }
    const reply = await transport.send(method, url, headers, json, signal);
    const text = reply.body.byteLength ? decoder.decode(reply.body) : "";
    let payload: unknown = text || undefined;
    if (text) {
      try {
        payload = JSON.parse(text);
      } catch (error) {
        // As openapi-fetch: a success must be JSON; an error body may be anything.
        if (reply.response.ok) throw error;
      }
    }
    return { response: reply.response, payload };
  };
}
