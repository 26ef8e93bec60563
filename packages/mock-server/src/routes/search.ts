import type { OperationId } from "@users-api/spec/operations";
import type { UserSearchRequest, UsersSearchResponse } from "@users-api/types";
import { DEFAULT_SEARCH_PAGE_SIZE, searchRequestProblems, searchUsers } from "../search.js";
import type { UserStore } from "../store.js";
import { defaultValidators, validatorFor } from "../validation.js";
import {
  fromBase64Url,
  ok,
  problemsResponse,
  toBase64Url,
  type OperationInput,
  type StatefulHandler,
} from "./common.js";

/**
 * A `q64` page token: the search request with the page's number, as base64url JSON (URL-safe,
 * so it can go into a query string as it is). Decoding also takes standard base64.
 */
export const encodeQ64 = (request: UserSearchRequest): string =>
  toBase64Url(JSON.stringify(request));

let validateRequest: ReturnType<typeof validatorFor> | undefined;

/** The search request a `q64` token holds, or why it holds none. */
export function decodeQ64(
  token: string,
): { ok: true; request: UserSearchRequest } | { ok: false; message: string } {
  const text = fromBase64Url(token);
  if (text === undefined) return { ok: false, message: "is not base64" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: "does not hold a search request" };
  }
  validateRequest ??= validatorFor(defaultValidators, "UserSearchRequest");
  const result = validateRequest(value);
  if (!result.ok) {
    const issue = result.issues[0];
    return {
      ok: false,
      message: `does not hold a valid search request (${issue?.path ?? ""}: ${issue?.message ?? "invalid"})`,
    };
  }
  const request = result.value as UserSearchRequest;
  const problem = searchRequestProblems(request)[0];
  if (problem) {
    return {
      ok: false,
      message: `does not hold a valid search request (${problem.fieldName}: ${problem.message})`,
    };
  }
  return { ok: true, request };
}

function searchResponse(store: UserStore, request: UserSearchRequest): UsersSearchResponse {
  const page = searchUsers(store.list({ state: "any" }), request);
  const expand = new Set(request.expand ?? []);
  const token = (pageNumber: number): string =>
    encodeQ64({ ...request, pageSize: page.pageSize, pageNumber });
  const response: UsersSearchResponse = {
    total: page.total,
    pageCount: page.pageCount,
    pageSize: page.pageSize,
    pageNumber: page.pageNumber,
    currentPage: token(page.pageNumber),
    types: ["users"],
    results: page.results.map((user) => store.view(store.record(user.id ?? "")!, expand)),
  };
  if (page.pageNumber < page.pageCount) response.nextPage = token(page.pageNumber + 1);
  if (page.pageNumber > 1) {
    response.previousPage = token(Math.min(page.pageNumber - 1, Math.max(1, page.pageCount)));
  }
  return response;
}

/**
 * User search (see `../search.ts` for how criteria match). Every page of a response carries
 * `q64` tokens: `currentPage`, and `nextPage`/`previousPage` where there is such a page. A
 * token holds the whole request, so `GET /api/v2/users/search?q64=` runs the search again, on
 * the users as they are then; its `expand`, when given, replaces the request's.
 */
export const searchHandlers = {
  postUsersSearch({ store, body }: OperationInput) {
    const request = body as UserSearchRequest;
    const problems = searchRequestProblems(request);
    if (problems.length > 0) return problemsResponse(problems);
    return ok(searchResponse(store, request));
  },
  getUsersSearch({ store, query }: OperationInput) {
    const decoded = decodeQ64(String(query["q64"] ?? ""));
    if (!decoded.ok) {
      return problemsResponse([
        {
          fieldName: "q64",
          errorCode: "invalid.value",
          message: `the page token ${decoded.message}`,
        },
      ]);
    }
    const expand = query["expand"];
    const request: UserSearchRequest = {
      pageSize: DEFAULT_SEARCH_PAGE_SIZE,
      ...decoded.request,
      ...(Array.isArray(expand) ? { expand } : {}),
    };
    return ok(searchResponse(store, request));
  },
} satisfies Partial<Record<OperationId, StatefulHandler>>;
