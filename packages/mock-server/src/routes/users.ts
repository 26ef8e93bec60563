import type { OperationId } from "@users-api/spec/operations";
import type { CreateUser, SortOrder, UpdateUser } from "@users-api/types";
import { badRequest, errorResponse, notFound, type MockResponse } from "../errors.js";
import { paginate } from "../paging.js";
import type { QueryValues } from "../query.js";
import type { UserStore } from "../store.js";

/** What an operation gets once the request has been authenticated and validated. */
export interface OperationInput {
  store: UserStore;
  params: Record<string, string>;
  query: QueryValues;
  /** The query parameters the request gave, in the spec's order (for page links). */
  given: readonly [string, string][];
  body: unknown;
}

/** Serves one operation with the store's state, once its request has been validated. */
export type StatefulHandler = (input: OperationInput) => MockResponse;

const ok = (body: unknown): MockResponse => ({ status: 200, headers: {}, body });

const userNotFound = (id: string): MockResponse => notFound(`User ${id} was not found.`);

const expansion = (query: QueryValues): ReadonlySet<string> =>
  new Set(Array.isArray(query["expand"]) ? query["expand"] : []);

const pageOf = (query: QueryValues): { pageSize: number; pageNumber: number } => ({
  pageSize: Number(query["pageSize"]),
  pageNumber: Number(query["pageNumber"]),
});

const linkQuery = (given: readonly [string, string][]): [string, string][] =>
  given.filter(([name]) => name !== "pageSize" && name !== "pageNumber");

const stringList = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.map(String) : undefined;

/** `descending` or `DESC` (the vendor documents `ASC` as the default) sort backwards. */
const descending = (order: unknown): boolean =>
  order === ("descending" satisfies SortOrder) || order === ("DESC" satisfies SortOrder);

const duplicateEmail = (email: string, existingId: string): MockResponse =>
  errorResponse(
    409,
    "general.conflict",
    `A user with the email ${email} already exists (${existingId}).`,
  );

/**
 * The operations served with state, by operationId. Every other operation of the spec is
 * answered by the generic spec-driven handler.
 */
export const statefulHandlers = {
  getUsers({ store, query, given }: OperationInput) {
    const ids = stringList(query["id"]);
    const jabberIds = stringList(query["jabberId"]);
    if (ids && jabberIds) {
      return badRequest("jabberId cannot be combined with id.", [
        { fieldName: "jabberId", errorCode: "invalid.value" },
      ]);
    }
    const records = store.query({
      state: (query["state"] as "active" | "inactive" | "deleted" | "any" | undefined) ?? "active",
      ...(ids ? { ids } : {}),
      ...(jabberIds ? { jabberIds } : {}),
      ...(descending(query["sortOrder"]) ? { sortOrder: "descending" as const } : {}),
    });
    const page = paginate(records, {
      ...pageOf(query),
      path: "/api/v2/users",
      query: linkQuery(given),
    });
    const expand = expansion(query);
    return ok({ ...page, entities: page.entities.map((record) => store.view(record, expand)) });
  },
  postUsers({ store, body }: OperationInput) {
    const outcome = store.create(body as CreateUser);
    if (!outcome.ok) return duplicateEmail((body as CreateUser).email, outcome.existingId);
    return ok(store.view(outcome.user, new Set()));
  },
  getUser({ store, params, query }: OperationInput) {
    const id = params["userId"] ?? "";
    const record = store.record(id);
    const wantDeleted = query["state"] === "deleted";
    if (!record || (record.state === "deleted") !== wantDeleted) return userNotFound(id);
    return ok(store.view(record, expansion(query)));
  },
  patchUser({ store, params, body }: OperationInput) {
    const id = params["userId"] ?? "";
    const patch = body as UpdateUser;
    const outcome = store.update(id, patch);
    if (outcome.ok) return ok(store.view(outcome.user, new Set()));
    switch (outcome.reason) {
      case "not-found":
        return userNotFound(id);
      case "conflict":
        return errorResponse(
          409,
          "general.conflict",
          `The version supplied [${patch.version}] does not match the current version [${outcome.currentVersion}] of user ${id}. Read the user again and retry.`,
        );
      case "duplicate-email":
        return duplicateEmail(outcome.email, outcome.existingId);
      case "unknown-manager":
        return badRequest(`manager ${outcome.managerId} is not a user that can manage ${id}.`, [
          { fieldName: "/manager", errorCode: "invalid.value" },
        ]);
    }
  },
  deleteUser({ store, params }: OperationInput) {
    const id = params["userId"] ?? "";
    return store.delete(id) ? ok({}) : userNotFound(id);
  },
  getUserTrustors({ store, params, query, given }: OperationInput) {
    const id = params["userId"] ?? "";
    const record = store.record(id);
    if (!record || record.state === "deleted") return userNotFound(id);
    return ok(
      paginate(store.trustors(id), {
        ...pageOf(query),
        path: `/api/v2/users/${encodeURIComponent(id)}/trustors`,
        query: linkQuery(given),
      }),
    );
  },
} satisfies Partial<Record<OperationId, StatefulHandler>>;
