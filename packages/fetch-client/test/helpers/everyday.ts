// Fixtures for the everyday operations (search, cursor query, bulk, state, routing status):
// page builders in the API's shapes, and a fetch that counts the requests in flight at once.
import type {
  PatchUser,
  User,
  UserCursorEntityListing,
  UsersSearchResponse,
} from "@users-api/types";
import type { FetchLike } from "../../src/index.js";
import { user } from "./fixtures.js";

export const users = (ids: string[]): User[] => ids.map((id) => user({ id, name: `User ${id}` }));

/** Page `pageNumber` of a search, its results named `ids`; `nextPage` is whatever is given. */
export function searchPage(
  pageNumber: number,
  pageCount: number,
  ids: string[],
  nextPage?: string,
): UsersSearchResponse {
  return {
    total: pageCount * 2,
    pageCount,
    pageSize: 2,
    pageNumber,
    types: ["users"],
    results: users(ids),
    currentPage: `token-${pageNumber}`,
    ...(nextPage !== undefined && { nextPage }),
  };
}

/** A page of `GET /api/v2/users/query` holding `ids`, with `cursor` when given. */
export function cursorPage(ids: string[], cursor?: string): UserCursorEntityListing {
  return {
    entities: users(ids),
    results: ids.length,
    selfUri: "/api/v2/users/query",
    ...(cursor !== undefined && { cursor, nextUri: `/api/v2/users/query?cursor=${cursor}` }),
  };
}

/** `count` bulk patches for users `bulk-0` ... */
export const patches = (count: number): PatchUser[] =>
  Array.from({ length: count }, (_, i) => ({ id: `bulk-${i}`, acdAutoAnswer: i % 2 === 0 }));

/** The users a bulk PATCH of `body` returns: one per patch, with its id. */
export const bulkReply = (body: string) => ({
  json: {
    entities: (JSON.parse(body) as PatchUser[]).map((p) => user({ id: p.id })),
    pageSize: 50,
    pageNumber: 1,
  },
});

/** globalThis.fetch, counting how many requests are in flight at once (`max`). */
export function countingFetch() {
  const counter = { active: 0, max: 0, fetch: undefined as unknown as FetchLike };
  counter.fetch = async (input, init) => {
    counter.max = Math.max(counter.max, ++counter.active);
    try {
      return await globalThis.fetch(input, init);
    } finally {
      counter.active--;
    }
  };
  return counter;
}
