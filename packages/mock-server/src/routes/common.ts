import type { Detail, SortOrder } from "@users-api/types";
import { badRequest, errorResponse, notFound, type MockResponse } from "../errors.js";
import type { QueryValues } from "../query.js";
import type { UserStore } from "../store.js";
import type { Caller } from "../auth.js";

/** What an operation gets once the request has been authenticated and validated. */
export interface OperationInput {
  store: UserStore;
  params: Record<string, string>;
  query: QueryValues;
  /** The query parameters the request gave, in the spec's order (for page links). */
  given: readonly [string, string][];
  body: unknown;
  /** Who the bearer token acts for. Left out (by direct callers of a handler): a user. */
  caller?: Caller;
}

/** Serves one operation with the store's state, once its request has been validated. */
export type StatefulHandler = (input: OperationInput) => MockResponse;

export const ok = (body: unknown): MockResponse => ({ status: 200, headers: {}, body });

export const noContent = (): MockResponse => ({ status: 204, headers: {} });

export const userNotFound = (id: string): MockResponse => notFound(`User ${id} was not found.`);

export const expansion = (query: QueryValues): ReadonlySet<string> =>
  new Set(Array.isArray(query["expand"]) ? query["expand"] : []);

export const pageOf = (query: QueryValues): { pageSize: number; pageNumber: number } => ({
  pageSize: Number(query["pageSize"]),
  pageNumber: Number(query["pageNumber"]),
});

export const linkQuery = (given: readonly [string, string][]): [string, string][] =>
  given.filter(([name]) => name !== "pageSize" && name !== "pageNumber");

export const stringList = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.map(String) : undefined;

/** `descending` or `DESC` (the vendor documents `ASC` as the default) sort backwards. */
export const descending = (order: unknown): boolean =>
  order === ("descending" satisfies SortOrder) || order === ("DESC" satisfies SortOrder);

/** Links keep commas literal (`expand=presence,skills`), as the API's own links do. */
const encodeQueryValue = (value: string): string =>
  value.split(",").map(encodeURIComponent).join(",");

/** An API-relative URI with these query parameters, in order. */
export const uriOf = (path: string, query: readonly (readonly [string, string])[]): string =>
  query.length === 0
    ? path
    : `${path}?${query.map(([name, value]) => `${encodeURIComponent(name)}=${encodeQueryValue(value)}`).join("&")}`;

export interface Problem {
  /** A JSON Pointer into the body, or a query parameter's name. */
  fieldName: string;
  errorCode: string;
  message: string;
}

/** A 400 naming every field at fault. */
export const problemsResponse = (problems: readonly Problem[]): MockResponse =>
  badRequest(
    problems.map((p) => `${p.fieldName}: ${p.message}`).join("; "),
    problems.map(({ fieldName, errorCode }): Detail => ({ fieldName, errorCode })),
  );

export const versionConflict = (id: string, given: unknown, current: number): MockResponse =>
  errorResponse(
    409,
    "general.conflict",
    `The version supplied [${String(given)}] does not match the current version [${current}] of user ${id}. Read the user again and retry.`,
  );

export const duplicateEmail = (email: string, existingId: string): MockResponse =>
  errorResponse(
    409,
    "general.conflict",
    `A user with the email ${email} already exists (${existingId}).`,
  );

/** Text as base64url (no padding): safe as it is in a URL's query. Browser-safe (no Buffer). */
export function toBase64Url(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * The text of a base64url or base64 token (a `+` that a query string turned into a space
 * counts as `+`); undefined when it is neither, or not UTF-8.
 */
export function fromBase64Url(token: string): string | undefined {
  const base64 = token.replace(/ /g, "+").replace(/-/g, "+").replace(/_/g, "/");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) return undefined;
  const bare = base64.replace(/=+$/, "");
  if (bare.length % 4 === 1) return undefined;
  try {
    const binary = atob(bare.padEnd(Math.ceil(bare.length / 4) * 4, "="));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
