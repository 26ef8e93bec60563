import { operationList } from "@users-api/spec/operations";
import * as validators from "@users-api/validators";
import { expect } from "vitest";
import type { MockServer } from "../src/index.js";

export const TOKEN = "test-token";

type Validator = (value: unknown) => { ok: boolean; issues?: readonly unknown[] };

/** The validator `@users-api/validators` exports for a schema name. */
export function validatorFor(schemaName: string): Validator {
  const validate = (validators as unknown as Record<string, unknown>)[`validate${schemaName}`];
  if (typeof validate !== "function") throw new Error(`No validator for ${schemaName}`);
  return validate as Validator;
}

export function expectValid(schemaName: string, value: unknown): void {
  const result = validatorFor(schemaName)(value);
  expect(
    result.ok ? [] : result.issues,
    `${schemaName}: ${JSON.stringify(value).slice(0, 300)}`,
  ).toEqual([]);
}

/** Literal path segments before parameters, as the server matches them. */
const templates = operationList
  .map((op) => op.path)
  .filter((path, index, all) => all.indexOf(path) === index)
  .map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{\w+\}/g, "[^/]+")}$`),
    rank: template.replace(/[^/]+/g, (segment) => (segment.startsWith("{") ? "1" : "0")),
  }))
  .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));

/**
 * The spec's response for a request: the schema name its body must match (undefined for a
 * response the spec documents without a body, such as a 204), and the headers it documents.
 * Fails the test when the spec documents no such status for the operation.
 */
export function specResponseFor(
  method: string,
  pathname: string,
  status: number,
): { schemaName: string | undefined; headers: readonly string[] } | undefined {
  const template = templates.find(({ pattern }) => pattern.test(pathname))?.template;
  const operation = operationList.find((op) => op.path === template && op.method === method);
  if (!operation) return undefined;
  const response = operation.responses[String(status)];
  expect(response, `${method} ${template} documents status ${status}`).toBeDefined();
  return { schemaName: response?.schema, headers: response?.headers ?? [] };
}

/** Checks a response against the spec: status documented, body valid, headers present. */
export function expectMatchesSpec(
  method: string,
  url: string,
  status: number,
  headers: Headers,
  body: unknown,
) {
  const pathname = new URL(url).pathname;
  const documented = specResponseFor(method, pathname, status);
  if (documented) {
    if (documented.schemaName === undefined) {
      expect(body, `${method} ${pathname} ${status} has no body`).toBeUndefined();
    } else {
      expectValid(documented.schemaName, body);
    }
    for (const header of documented.headers) {
      expect(headers.get(header), `${method} ${pathname} ${status} sends ${header}`).not.toBeNull();
    }
  } else {
    // Paths the spec does not have are answered with an ErrorBody.
    expect(status).toBeGreaterThanOrEqual(400);
    expectValid("ErrorBody", body);
  }
}

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/**
 * Plain `fetch` against the mock server with a bearer token (unless `token: null`); every
 * response is checked against the spec.
 */
export async function call<T = any>(
  server: Pick<MockServer, "url">,
  method: string,
  path: string,
  options: { body?: unknown; token?: string | null; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? TOKEN : options.token;
  if (token !== null) headers["authorization"] ??= `Bearer ${token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const url = `${server.url}${path}`;
  const response = await fetch(url, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  const parsed: unknown = text === "" ? undefined : JSON.parse(text);
  expectMatchesSpec(method, url, response.status, response.headers, parsed);
  return { status: response.status, headers: response.headers, body: parsed as T };
}
