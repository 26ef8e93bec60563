import type { OperationId } from "@users-api/spec/operations";
import type { UserCursorEntityListing, UserStateFilter } from "@users-api/types";
import { okJson } from "../json-answer.js";
import type { JsonText } from "../json-text.js";
import type { UserRecord } from "../records.js";
import { compareByName } from "../store.js";
import {
  descending,
  expansion,
  fromBase64Url,
  problemsResponse,
  toBase64Url,
  uriOf,
  type OperationInput,
  type StatefulHandler,
} from "./common.js";

const PATH = "/api/v2/users/query";

/** Where a cursor listing stopped: the sort key of the last user it returned, and its order. */
export interface CursorPosition {
  name: string;
  id: string;
  descending: boolean;
}

/** A cursor: base64url JSON `[name, id, "ASC" | "DESC"]`. */
export const encodeCursor = (position: CursorPosition): string =>
  toBase64Url(JSON.stringify([position.name, position.id, position.descending ? "DESC" : "ASC"]));

export function decodeCursor(cursor: string): CursorPosition | undefined {
  const text = fromBase64Url(cursor);
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || value.length !== 3) return undefined;
  const [name, id, order] = value as unknown[];
  if (typeof name !== "string" || typeof id !== "string") return undefined;
  if (order !== "ASC" && order !== "DESC") return undefined;
  return { name, id, descending: order === "DESC" };
}

/**
 * `GET /api/v2/users/query`: users sorted by name then id, a page at a time. The cursor holds
 * the (name, id) of the last user returned and the order, and the next page starts after that
 * key, so users created or deleted while a client pages through do not make it skip or repeat
 * the others: a user created mid-way shows up if its key comes after the cursor's. (Renaming a
 * user mid-way moves it, as it would in any keyset listing.) A cursor keeps its order:
 * `sortOrder` may be left out with it, but not contradict it.
 */
export const cursorHandlers = {
  getUsersQuery({ store, query, given }: OperationInput) {
    const cursor = query["cursor"];
    let position: CursorPosition | undefined;
    if (typeof cursor === "string") {
      position = decodeCursor(cursor);
      if (!position) {
        return problemsResponse([
          {
            fieldName: "cursor",
            errorCode: "invalid.value",
            message: "is not a cursor this server gave; pass the cursor of the previous page",
          },
        ]);
      }
    }
    const asked = query["sortOrder"];
    const backwards = position ? position.descending : descending(asked);
    if (position && asked !== undefined && descending(asked) !== position.descending) {
      return problemsResponse([
        {
          fieldName: "sortOrder",
          errorCode: "invalid.value",
          message: `the cursor continues a ${position.descending ? "DESC" : "ASC"} listing`,
        },
      ]);
    }
    const records = store.query({
      state: (query["state"] as UserStateFilter | undefined) ?? "active",
      ...(backwards ? { sortOrder: "descending" as const } : {}),
    });
    const direction = backwards ? -1 : 1;
    const after = position
      ? records.filter((record) => direction * compareByName(record, position) > 0)
      : records;
    const pageSize = Number(query["pageSize"]);
    const page: UserRecord[] = after.slice(0, pageSize);
    const expand = expansion(query);
    const listing: Omit<UserCursorEntityListing, "entities"> & { entities: JsonText[] } = {
      entities: store.viewTexts(page, expand),
      results: page.length,
      selfUri: uriOf(PATH, given),
    };
    const last = page.at(-1);
    if (last && after.length > page.length) {
      const next = encodeCursor({ name: last.name ?? "", id: last.id, descending: backwards });
      listing.cursor = next;
      listing.nextUri = uriOf(PATH, [
        ["cursor", next],
        ...given.filter(([name]) => name !== "cursor"),
      ]);
    }
    return okJson(listing);
  },
} satisfies Partial<Record<OperationId, StatefulHandler>>;
